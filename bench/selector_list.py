"""A hand-written cosmetic filter list for AI widgets, in the style of the
community lists that ad blockers load (generic `##selector` rules).

Written once from what such lists and vendors' embed snippets look like, and
NOT tuned against the corpus or the figures `make bench` reports: it is the
baseline that a person with a blocker would have on day one.
"""

# Generic element-hiding rules (no site prefix), one selector each.
SELECTORS = [
    # labelled launchers and buttons
    '[aria-label*="Ask AI" i]',
    '[aria-label*="AI assistant" i]',
    '[aria-label*="AI chat" i]',
    '[aria-label*="Copilot"]',
    '[aria-label*="Gemini"]',
    '[aria-label*="Help me write" i]',
    '[aria-label*="Summarize with AI" i]',
    '[aria-label*="Rewrite with AI" i]',
    '[title*="Ask AI" i]',
    '[title*="AI Assistant" i]',
    '[data-testid*="ai-assistant" i]',
    '[data-testid*="copilot" i]',
    '[data-testid*="ask-ai" i]',
    # class and id conventions
    '[class*="ai-assistant"]',
    '[class*="ai-chat"]',
    '[class*="ask-ai"]',
    '[class*="AskAI"]',
    '[class*="ai-summary"]',
    '[class*="ai-overview"]',
    '[id*="ai-assistant"]',
    '[id*="ask-ai"]',
    '[id*="ai-chat"]',
    '.copilot-button',
    '.ai-upsell',
    # docs-site AI search vendors
    '.kapa-widget',
    '#kapa-widget-container',
    '#inkeep',
    '.inkeep-chat-button',
    '.DocSearch-AskAi',
    '#mava',
    # support-bot vendors
    '#intercom-container',
    '.intercom-launcher',
    '#intercom-frame',
    '#drift-widget-container',
    '#ada-button-frame',
    '#fc_frame',
    '#chatbase-bubble-button',
    'iframe[src*="chatbase.co"]',
    'iframe[src*="intercom"]',
    'iframe[src*="ada.support"]',
    # big platforms
    '#b_sydConvCont',
    '[data-rufus]',
    '#nav-rufus-disco',
]
