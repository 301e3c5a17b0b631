// Generated from model/vocabulary.json by `python -m model.vocabulary --write-extension`.
// Do not edit: tests/test_features.py fails when this copy drifts.
(function (root) {
  'use strict';
  const vocabulary = {
  "about": "The one source of the words nofoobar looks for, per language. model/features.py reads it; the extension reads the generated copy extension/lib/vocabulary.js (python -m model.vocabulary --write-extension). Words are lowercase; 'words' match whole words (Latin letters and digits around them do not count as a boundary), 'phrases' and 'script' entries match as substrings. 'negation' marks an AI word as denied: a word 'before' it (\"without AI\"), a word joined 'after' it by a hyphen (\"AI-free\"), or a 'script' entry in the same short text (\"AI 미사용\"). 'labels' are the names AI features carry as a heading or a tab (\"AI Overview\", \"KI-Modus\"): the extension sends the block such a heading titles, and a navigation tab whose whole text is one of them; a sentence that mentions AI is not a label. 'send' are the names of a chat composer's send button: a chat kit's container with a text box, such a button and a message list is sent as an assistant UI. 'not_ai_classes' are class names whose letters 'ai' or 'gpt' are not the word (align-items, ad slots, plugin prefixes); 'style_classes' are utility classes that say only how an element looks (Tailwind's gap-2, md:flex, Bootstrap's d-flex): the model reads them as one sign, not as words, unless they name an AI feature. ⭐ is a rating, not a sparkle.",
  "ai": {
    "phrases": {
      "de": [
        "ki-assistent",
        "frag die ki",
        "ki-zusammenfassung"
      ],
      "en": [
        "ask ai",
        "ai overview",
        "ai summary",
        "help me write"
      ],
      "es": [
        "pregunta a la ia",
        "asistente ia",
        "resumen ia"
      ],
      "fr": [
        "demander à l'ia",
        "assistant ia",
        "résumé ia"
      ],
      "it": [
        "assistente ia",
        "chiedi all'ia"
      ],
      "ja": [
        "ai要約",
        "aiに質問"
      ],
      "ko": [
        "ai 요약",
        "ai 어시스턴트",
        "ai요약"
      ],
      "pt": [
        "pergunte à ia",
        "assistente de ia"
      ]
    },
    "script": {
      "ja": [
        "人工知能",
        "生成",
        "アシスタント"
      ],
      "ko": [
        "인공지능",
        "어시스턴트"
      ],
      "zh": [
        "助手",
        "智能"
      ]
    },
    "words": {
      "any": [
        "ai",
        "genai",
        "gpt",
        "chatgpt",
        "llm",
        "chatbot",
        "chatbots",
        "bot",
        "sparkle",
        "sparkles"
      ],
      "de": [
        "ki",
        "assistent",
        "assistentin"
      ],
      "en": [
        "assistant",
        "assistants"
      ],
      "es": [
        "ia",
        "asistente"
      ],
      "fr": [
        "ia",
        "assistant"
      ],
      "it": [
        "ia",
        "assistente"
      ],
      "nl": [
        "ai",
        "assistent"
      ],
      "no": [
        "ki",
        "assistent"
      ],
      "pl": [
        "asystent"
      ],
      "pt": [
        "ia",
        "assistente"
      ],
      "ru": [
        "ии"
      ],
      "sv": [
        "ai",
        "assistent"
      ]
    }
  },
  "candidate_words": {
    "de": [
      "zusammenfassung",
      "zusammenfassen",
      "frag",
      "fragen",
      "hilf mir",
      "generieren",
      "intelligenz"
    ],
    "en": [
      "a.i.",
      "gen ai",
      "co-pilot",
      "chat bot",
      "magic",
      "write with",
      "ask",
      "rewrite",
      "summary",
      "summaries",
      "summarize",
      "summarise",
      "agent",
      "fin",
      "smart compose",
      "autocomplete with",
      "auto-complete with",
      "help me write",
      "help me create",
      "generate",
      "draft with",
      "intelligence",
      "smart replies",
      "smart reply",
      "suggested replies",
      "magic write",
      "improve writing",
      "first draft",
      "einstein"
    ],
    "es": [
      "pregunta",
      "preguntar",
      "resumen",
      "resumir",
      "ayúdame",
      "generar"
    ],
    "fr": [
      "demander",
      "résumé",
      "résumer",
      "aidez-moi",
      "générer",
      "intelligence"
    ],
    "it": [
      "chiedi",
      "riassunto",
      "riassumi",
      "aiutami",
      "genera"
    ],
    "ja": [
      "作成サポート",
      "文書作成"
    ],
    "ko": [
      "요약",
      "글쓰기 도우미",
      "도우미"
    ],
    "nl": [
      "vraag",
      "samenvatting",
      "help me",
      "genereren"
    ],
    "pt": [
      "pergunte",
      "resumo",
      "resumir",
      "ajuda para escrever",
      "gerar",
      "me ajude"
    ]
  },
  "generated": {
    "script": {
      "ja": [
        "生成"
      ],
      "ko": [
        "생성"
      ]
    },
    "words": {
      "de": [
        "generiert",
        "generierte"
      ],
      "en": [
        "generated",
        "generative",
        "powered"
      ],
      "es": [
        "generado",
        "generada",
        "creada",
        "creado"
      ],
      "fr": [
        "généré",
        "générée"
      ],
      "it": [
        "generato",
        "generata"
      ],
      "nl": [
        "gegenereerd"
      ],
      "pl": [
        "wygenerowane"
      ],
      "pt": [
        "gerado",
        "gerada"
      ],
      "sv": [
        "genererad"
      ]
    }
  },
  "kinds": [
    "ai_chat_launcher",
    "ai_chat_panel",
    "ai_compose_button",
    "ai_sidebar",
    "ai_summary_block",
    "ai_search_widget",
    "ai_upsell",
    "ai_onboarding"
  ],
  "labels": {
    "de": [
      "übersicht mit ki",
      "ki-übersicht",
      "ki-modus",
      "ki-zusammenfassung",
      "zusammenfassung mit ki",
      "von ki zusammengefasst",
      "ki-assistent",
      "ki-antwort"
    ],
    "en": [
      "ai overview",
      "ai overviews",
      "ai mode",
      "copilot",
      "microsoft copilot",
      "copilot answer",
      "summarized by ai",
      "summarised by ai",
      "ai summary",
      "ai-generated summary",
      "ai generated summary",
      "ai answer",
      "ai assistant",
      "ai chat",
      "ask ai",
      "duck.ai",
      "search assist"
    ],
    "es": [
      "vista creada con ia",
      "resumen de ia",
      "resumen ia",
      "modo ia",
      "resumen generado por ia",
      "asistente ia",
      "asistente de ia",
      "respuesta de ia"
    ],
    "fr": [
      "aperçu ia",
      "aperçu généré par l'ia",
      "mode ia",
      "résumé ia",
      "résumé par l'ia",
      "résumé généré par l'ia",
      "assistant ia",
      "réponse de l'ia"
    ],
    "it": [
      "panoramica ia",
      "panoramica creata dall'ia",
      "modalità ai",
      "modalità ia",
      "riepilogo ia",
      "riassunto ia",
      "assistente ia"
    ],
    "ja": [
      "ai による概要",
      "aiによる概要",
      "ai モード",
      "aiモード",
      "ai要約",
      "ai 要約"
    ],
    "ko": [
      "ai 개요",
      "ai 요약",
      "ai 모드",
      "ai 브리핑"
    ],
    "nl": [
      "ai-overzicht",
      "ai-modus",
      "ai-samenvatting",
      "samengevat door ai"
    ],
    "no": [
      "ki-oversikt",
      "ki-modus",
      "ki-oppsummering"
    ],
    "pl": [
      "przegląd od ai",
      "podsumowanie ai",
      "tryb ai"
    ],
    "pt": [
      "visão geral criada por ia",
      "modo ia",
      "resumo de ia",
      "resumo ia",
      "resumo gerado por ia",
      "assistente de ia"
    ],
    "sv": [
      "ai-översikt",
      "ai-läge",
      "ai-sammanfattning"
    ],
    "zh": [
      "ai 概览",
      "ai 摘要",
      "ai摘要",
      "ai 模式"
    ]
  },
  "names": {
    "about": "How an AI word in a class, id or data-* name counts. Such names are short and reused: 'ai' is also align-items, an icon font's prefix or a plugin's; 'gpt' is Google Publisher Tag's ad slots; 'bot' a bottom margin. An 'ambiguous' word is evidence of an AI feature only when the same name joins it to a 'widget' word (ai-chat, askAi, ai_summary, gpt-assistant); any other AI word (chatgpt, copilot, chatbot) always is. A class list with a bare short prefix and names starting with it (ai ai-Search, fa fa-x) is an icon font: its names are icon names. 'chat' words in what an element says or in its names, and 'chat_ui' words in its names (a chat kit's conversation list, prompt composer, message bubbles, thinking steps), are evidence that it may be a chat or assistant. A name that also holds an 'ad' word (gpt-end-banner, ai_ad_slot) is an ad slot's: weak, whatever else it says. The 'chat' list also names live-chat vendors (jivo, tawk, tidio, drift...): their launchers carry no chat word.",
    "ad": [
      "ad",
      "ads",
      "adslot",
      "adunit",
      "advert",
      "adv",
      "banner",
      "slot",
      "dfp",
      "gam",
      "sponsor",
      "sponsored",
      "leaderboard",
      "billboard",
      "skyscraper",
      "mpu",
      "prebid",
      "dotcom"
    ],
    "ambiguous": [
      "ai",
      "gpt",
      "bot",
      "ki",
      "ia",
      "ии",
      "sparkle",
      "sparkles",
      "assistant",
      "assistants",
      "assistent",
      "assistentin",
      "asistente",
      "assistente",
      "asystent",
      "gemini",
      "claude",
      "bard",
      "grok",
      "freddy",
      "rovo",
      "rufus"
    ],
    "chat": {
      "any": [
        "chat",
        "chatbox",
        "webchat",
        "livechat",
        "messenger",
        "chatwidget",
        "jivo",
        "jivochat",
        "tawk",
        "tidio",
        "drift",
        "olark",
        "smartsupp",
        "freshchat",
        "gorgias",
        "kustomer",
        "gladly",
        "zopim",
        "salesiq",
        "zsiq",
        "liveperson",
        "userlike",
        "chatra",
        "helpcrunch",
        "kommunicate",
        "landbot",
        "botpress",
        "voiceflow",
        "chatbase",
        "crisp",
        "livechatinc",
        "comm100",
        "tawkto",
        "zendesk"
      ],
      "de": [
        "chat",
        "chatten"
      ],
      "es": [
        "chat",
        "chatear",
        "charlar"
      ],
      "fr": [
        "chat",
        "discuter",
        "clavarder",
        "tchat",
        "messagerie"
      ],
      "it": [
        "chat",
        "chatta"
      ],
      "nl": [
        "chat",
        "chatten"
      ],
      "pl": [
        "czat"
      ],
      "pt": [
        "chat",
        "conversar"
      ],
      "ru": [
        "чат"
      ]
    },
    "chat_kit": {
      "about": "For the extension's candidate discovery only: an element whose class or custom tag holds a 'parts' word (a whole word; a 'prefixes' entry also begins longer words: chatWindow, chatlog) may be part of a chat kit, and discovery looks for the assistant it belongs to; a container named by a 'not_chat' word is a human conversation (comments, a contact form, a forum) and never one.",
      "not_chat": [
        "comment",
        "comments",
        "reply",
        "replies",
        "review",
        "reviews",
        "contact",
        "feedback",
        "newsletter",
        "forum"
      ],
      "parts": [
        "bubble",
        "bubbles",
        "compose",
        "composer",
        "conversation",
        "conversations",
        "prompt",
        "prompts",
        "sender",
        "suggest",
        "suggested",
        "suggestion",
        "suggestions",
        "thinking",
        "reasoning",
        "assistant",
        "copilot"
      ],
      "prefixes": [
        "chat"
      ]
    },
    "chat_script": {
      "ja": [
        "チャット"
      ],
      "ko": [
        "채팅",
        "챗봇"
      ],
      "zh": [
        "聊天",
        "在线客服"
      ]
    },
    "chat_ui": [
      "conversation",
      "conversations",
      "composer",
      "prompt",
      "prompts",
      "chatbot",
      "thinking",
      "reasoning",
      "thought",
      "suggested",
      "sender",
      "bubble",
      "bubbles"
    ],
    "widget": [
      "chat",
      "chatbox",
      "assistant",
      "assist",
      "assistent",
      "asistente",
      "assistente",
      "bot",
      "ask",
      "answer",
      "answers",
      "summary",
      "summarize",
      "summarise",
      "summarizer",
      "overview",
      "prompt",
      "prompts",
      "compose",
      "composer",
      "writer",
      "write",
      "writing",
      "generate",
      "generator",
      "generated",
      "copilot",
      "helper",
      "agent",
      "widget",
      "launcher",
      "panel",
      "sidebar",
      "drawer",
      "popup",
      "modal",
      "bubble",
      "mode",
      "magic",
      "suggest",
      "suggestion",
      "suggestions",
      "insight",
      "insights",
      "feature",
      "features",
      "tool",
      "tools",
      "search",
      "conversation",
      "messenger",
      "companion",
      "buddy",
      "tutor",
      "coach",
      "recap",
      "highlights",
      "takeaways",
      "button",
      "btn",
      "fab",
      "trigger",
      "toggle",
      "cta",
      "banner",
      "upsell",
      "promo",
      "onboarding",
      "explain",
      "menu",
      "actions",
      "action",
      "message",
      "messages",
      "reply",
      "replies",
      "response",
      "thread",
      "input",
      "window"
    ]
  },
  "negation": {
    "after": {
      "de": [
        "frei"
      ],
      "en": [
        "free"
      ],
      "nl": [
        "vrij"
      ],
      "no": [
        "fri"
      ],
      "sv": [
        "fri"
      ]
    },
    "before": {
      "de": [
        "ohne",
        "kein",
        "keine"
      ],
      "en": [
        "no",
        "without",
        "non"
      ],
      "es": [
        "sin"
      ],
      "fr": [
        "sans"
      ],
      "it": [
        "senza"
      ],
      "nl": [
        "zonder",
        "geen"
      ],
      "no": [
        "uten"
      ],
      "pl": [
        "bez"
      ],
      "pt": [
        "sem"
      ],
      "sv": [
        "utan"
      ]
    },
    "script": {
      "ja": [
        "不使用",
        "なし"
      ],
      "ko": [
        "미사용",
        "없이",
        "없는"
      ],
      "zh": [
        "无",
        "未使用",
        "不使用"
      ]
    }
  },
  "not_ai_classes": [
    "^Ai\\(",
    "^ai-(?:center|start|end|stretch|baseline|flex-start|flex-end|normal|self-center)$",
    "^(?:[a-z]+:)?ai-(?:c|s|e|b|fs|fe)$",
    "^ai[-_](?:viewport|track|attributes|debug|insert|placeholder|list|ip|rotate|dummy|code|block|adb|lazy|parallax|sticky|reactions?)(?:[-_]|$)",
    "^ai_widget",
    "^div-gpt-ad",
    "^gpt-ad",
    "^e_ai$"
  ],
  "off": {
    "script": {
      "ja": [
        "オフ",
        "無効",
        "非表示"
      ],
      "ko": [
        "끄기",
        "사용 안",
        "숨기기"
      ],
      "zh": [
        "关闭",
        "禁用",
        "隐藏"
      ]
    },
    "words": {
      "de": [
        "deaktivieren",
        "ausschalten",
        "ausblenden",
        "blockieren"
      ],
      "en": [
        "disable",
        "disabled",
        "turn",
        "off",
        "hide",
        "block",
        "deactivate",
        "opt",
        "out",
        "stop",
        "mute",
        "never"
      ],
      "es": [
        "desactivar",
        "ocultar"
      ],
      "fr": [
        "désactiver",
        "masquer",
        "bloquer"
      ],
      "it": [
        "disattiva",
        "disattivare",
        "nascondi"
      ],
      "nl": [
        "uitschakelen",
        "verbergen"
      ],
      "pl": [
        "wyłącz",
        "ukryj"
      ],
      "pt": [
        "desativar"
      ],
      "sv": [
        "inaktivera",
        "dölj",
        "stäng"
      ]
    }
  },
  "send": {
    "de": [
      "senden",
      "absenden",
      "nachricht senden"
    ],
    "en": [
      "send",
      "submit",
      "send message",
      "ask"
    ],
    "es": [
      "enviar"
    ],
    "fr": [
      "envoyer"
    ],
    "it": [
      "invia",
      "inviare"
    ],
    "ja": [
      "送信"
    ],
    "ko": [
      "전송",
      "보내기"
    ],
    "nl": [
      "verzenden",
      "versturen"
    ],
    "no": [
      "send"
    ],
    "pl": [
      "wyślij"
    ],
    "pt": [
      "enviar"
    ],
    "sv": [
      "skicka"
    ],
    "zh": [
      "发送"
    ]
  },
  "sparkles": [
    "✨",
    "🪄",
    "🤖",
    "✦",
    "✧"
  ],
  "style_classes": [
    "^(?:[a-z0-9-]+:)+\\S+$",
    "^!?(?:flex|grid|hidden|block|inline|inline-block|inline-flex|contents|truncate|underline|uppercase|lowercase|capitalize|italic|antialiased|rounded|shadow|border|grow|shrink|transition|container|sr-only)$",
    "^!?-?(?:flex|grid|gap|items|justify|self|content|place|p|px|py|pt|pb|pl|pr|ps|pe|m|mx|my|mt|mb|ml|mr|ms|me|space|w|h|min-w|min-h|max-w|max-h|size|text|font|fw|fs|leading|tracking|bg|from|to|via|border|rounded|shadow|ring|outline|opacity|transition|duration|ease|delay|overflow|cursor|select|whitespace|break|line-clamp|aspect|object|fill|stroke|basis|grow|shrink|order|col|row|divide|decoration|d|align|gx|gy|g)-[A-Za-z0-9./\\[\\]#%_(),-]+$"
  ],
  "topic_words": [
    "ai",
    "ki",
    "ia",
    "ai/ml",
    "genai",
    "artificial intelligence",
    "künstliche intelligenz",
    "intelligence artificielle",
    "inteligencia artificial",
    "intelligenza artificiale",
    "inteligência artificial",
    "kunstmatige intelligentie",
    "인공지능",
    "人工知能",
    "人工智能"
  ],
  "vendors": [
    "copilot",
    "gemini",
    "bard",
    "claude",
    "grok",
    "rufus",
    "agentforce",
    "rovo",
    "freddy",
    "lyro",
    "duckai",
    "openai",
    "intercom",
    "grammarly"
  ]
};
  root.nofoobar = Object.assign(root.nofoobar || {}, { vocabulary });
  if (typeof module === 'object' && module.exports) module.exports = vocabulary;
})(globalThis);
