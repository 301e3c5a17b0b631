"""The strongest features behind a score, in words a person can read."""
import numpy as np

_FIELDS = {
    "lbl": "its label (aria-label/title) says", "lbl2": "its label says",
    "lblp": "its label has a word like",
    "txt": "its text says", "txt2": "its text says", "txtp": "its text has a word like",
    "cls": "class name", "id": "id", "tagtok": "element name", "attr": "attribute",
    "attrv": "attribute value", "role": "role", "src": "loads from", "srcp": "loads a path with",
    "href": "links to", "hrefp": "links to a path with", "tag": "element", "type": "input type",
    "page": "page host", "icon": "icon named", "head": "its heading says",
    "headp": "its heading has a word like",
}
# Structural features move scores a little everywhere; as a reason they
# say nothing a person can check.
_SILENT_PREFIXES = ("tag:", "shape:elements", "shape:words1", "shape:words2", "shape:words3",
                    "shape:image", "shape:svg_icon", "type:", "page:")
_FLAGS = {
    "cue:ai_in_label": "its label names an AI assistant or feature",
    "cue:ai_in_names": "its id, classes or data attributes name an AI feature",
    "cue:ai_in_src": "it loads from an AI widget vendor",
    "cue:ai_in_short_text": "short text naming an AI feature",
    "cue:ai_in_long_text": "long text that mentions AI (reads like content)",
    "cue:sparkle_text": "a sparkle/robot icon in its text",
    "cue:ai_in_heading": "its heading names an AI feature",
    "lbl:#sparkle": "a sparkle icon in its label",
    "ctx:fixed": "fixed on screen", "ctx:sticky": "sticky on screen",
    "ctx:small_floating": "a small floating button", "ctx:z_high": "stacked above the page",
    "ctx:frame": "an embedded frame", "ctx:shadow": "a shadow-DOM widget host",
    "ctx:corner=br": "fixed bottom-right launcher", "ctx:corner=bl": "fixed bottom-left launcher",
    "ctx:corner=tr": "fixed top-right corner", "ctx:corner=tl": "fixed top-left corner",
    "cls:#hashed": "generated class names", "tag:custom": "a custom element",
    "shape:icon_only": "an icon button with only a label",
    "shape:headings": "has headings (reads like content)",
    "shape:form_fields": "has form fields",
}
_SHAPES = {
    "shape:words0": "no visible text", "shape:words1": "one to three words of text",
    "shape:words2": "a short phrase of text", "shape:words3": "a sentence or two of text",
    "shape:words4": "long text (reads like content)",
    "shape:paragraphs1": "several paragraphs", "shape:paragraphs2": "many paragraphs",
    "shape:links2": "many links", "shape:links3": "a list of links (navigation)",
}


def describe(name):
    """A readable phrase for one feature name."""
    if name in _FLAGS:
        return _FLAGS[name]
    if name in _SHAPES:
        return _SHAPES[name]
    field, _, token = name.partition(":")
    if field == "style":
        return {"fixed": "fixed on screen (inline style)", "sticky": "sticky (inline style)"}.get(
            token, f"pinned to the {token} edge (inline style)")
    if field == "ctx":
        return f"on-screen position ({token})"
    if field == "shape":
        return f"shape of the element ({token})"
    lead = _FIELDS.get(field, field)
    return f"{lead} '{token}'"


def reasons(matrix_row, coef, names, positive, limit=3):
    """The `limit` features that pushed this row's score most in the
    direction of its verdict (towards AI if positive, away otherwise)."""
    row = matrix_row.tocsr()
    idx = row.indices
    if idx.size == 0:
        return []
    contrib = row.data * coef[idx]
    order = np.argsort(-contrib if positive else contrib, kind="stable")
    out = []
    for i in order:
        c = contrib[i]
        if (positive and c <= 0) or (not positive and c >= 0):
            break
        name = names[idx[i]]
        if name.startswith(_SILENT_PREFIXES) and name not in _FLAGS:
            continue
        phrase = describe(name)
        if phrase and phrase not in out:
            out.append(phrase)
        if len(out) == limit:
            break
    return out
