"""A handful of hand-written examples that anchor the corpus."""
from corpus.common import example, fixed_context, rng_for


def examples():
    rng = rng_for("seed")
    return [
        example('<button aria-label="Ask Copilot" class="fab">✨</button>',
                "https://docs.example.com/guide", 1, "ai_compose_button",
                "hand-written anchor: bare sparkle icon button named for an assistant"),
        example('<p>Critics argue that generative AI assistants are being forced into every '
                'product, whether users want them or not.</p>',
                "https://news.example.org/opinion/ai", 0, "article",
                "hand-written anchor: article paragraph about AI"),
        example('<div id="intercom-container"><iframe name="intercom-launcher-frame" '
                'src="https://widget.intercom.io/widget/abc123" title="Intercom live chat"></iframe></div>',
                "https://shop.example.net/", 1, "ai_chat_launcher",
                "Intercom Messenger launcher iframe (Fin AI agent)",
                context=fixed_context(rng, frame_src="https://widget.intercom.io/widget/abc123")),
    ]
