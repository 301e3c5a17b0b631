from model import features
from model.features import extract, is_hashed, tokens


def test_tokens_split_case_dashes_underscores_and_scripts():
    assert tokens("askAIButton") == ["ask", "ai", "button"]
    assert tokens("chat-widget__launcher") == ["chat", "widget", "launcher"]
    assert tokens("生成AIアシスタント") == ["生成", "ai", "アシスタント"]
    assert "künstliche" in tokens("Künstliche Intelligenz")


def test_hashed_class_names_are_recognised_and_not_kept_as_tokens():
    for name in ("css-1x2y3z", "sc-bdVaJa", "jsx-2938475", "_3kfd9a", "x1n2onr6"):
        assert is_hashed(name), name
    for name in ("launcher", "chat-widget", "btn-primary", "ask-ai"):
        assert not is_hashed(name), name
    f = extract({"html": '<div class="css-1x2y3z launcher"></div>'})
    assert f["cls:#hashed"] == 1
    assert "cls:launcher" in f
    assert not any("1x2y3z" in k for k in f)


def test_label_attributes_and_sparkles():
    f = extract({"html": '<button aria-label="Ask Copilot">✨</button>'})
    assert "lbl:copilot" in f and "lbl2:ask copilot" in f
    assert f["cue:ai_in_label"] == 1
    assert f["cue:sparkle_text"] == 1


def test_words_containing_ai_are_not_ai_cues():
    html = ("<p>We said we would email you about Thailand, the Airbnb was available, "
            "the paint was fresh and the train from Dubai was on time.</p>")
    f = extract({"html": html})
    assert not any(k.startswith("cue:ai") for k in f), [k for k in f if k.startswith("cue")]
    assert "txt:ai" not in f


def test_long_article_about_ai_is_marked_as_long_text():
    html = "<article><h2>Why AI everywhere?</h2>" + "<p>AI assistants are being added to every app. " * 6 + "</article>"
    f = extract({"html": html})
    assert f["cue:ai_in_long_text"] == 1
    assert "cue:ai_in_short_text" not in f
    assert "shape:headings" in f


def test_disable_ai_toggle_has_form_and_ai_text():
    f = extract({"html": '<label><input type="checkbox" role="switch"> Disable AI features</label>'})
    assert "shape:form_fields" in f and "txt2:disable ai" in f


def test_src_hosts_and_context():
    snippet = {"html": '<iframe src="https://widget.intercom.io/widget/abc?x=1"></iframe>',
               "url": "https://docs.example.com/a",
               "context": {"position": "fixed", "rect": [1200, 640, 60, 60], "viewport": [1280, 720],
                           "zIndex": 2147483000, "frameSrc": None, "shadowHost": True}}
    f = extract(snippet)
    assert "src:intercom" in f and "src:widget" in f
    assert f["ctx:corner=br"] == 1 and f["ctx:small_floating"] == 1
    assert f["ctx:z_high"] == 1 and f["ctx:shadow"] == 1
    assert f["page:docs"] == 1


def test_bad_context_values_are_ignored():
    f = extract({"html": "<b>x</b>", "context": {"rect": ["a", None], "viewport": "big", "zIndex": True}})
    assert not any(k.startswith("ctx:") for k in f)


def test_hostile_input_is_bounded():
    deep = "<div>" * 100_000 + "x" + "</div>" * 100_000
    f = extract({"html": deep})
    assert f["shape:truncated"] == 1
    many = "<i></i>" * 100_000
    assert extract({"html": many})["shape:many_elements"] == 1
    weird = extract({"html": "<b title='\x00\ud800'>\udfff ok</b>"})
    assert "txt:ok" in weird
    assert extract({"html": ""}) == extract({"html": ""})
    assert extract({"html": 'x="' + "a" * 5_000_000})["shape:truncated"] == 1


def test_extraction_is_deterministic():
    s = {"html": '<div id="ai-launcher" class="a b css-9x8y7z"><button aria-label="Chat with AI"></button></div>'}
    assert extract(s) == extract(dict(s))
    assert features.extract(s) is not features.extract(s)
