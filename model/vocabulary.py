"""The one vocabulary (model/vocabulary.json): AI cue words, opt-out words,
vendor names, topic words and kinds, per language.

model/features.py reads it here; the extension reads a generated copy,
extension/lib/vocabulary.js, written by

    python -m model.vocabulary --write-extension

and tests/test_features.py fails when that copy drifts from the JSON.
"""
import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
JSON_PATH = pathlib.Path(__file__).resolve().parent / "vocabulary.json"
JS_PATH = ROOT / "extension" / "lib" / "vocabulary.js"

DATA = json.loads(JSON_PATH.read_text(encoding="utf-8"))


def _union(per_lang):
    return frozenset(w for words in per_lang.values() for w in words)


AI_WORDS = _union(DATA["ai"]["words"]) | frozenset(DATA["vendors"])
AI_SCRIPT = tuple(sorted(_union(DATA["ai"]["script"])))
AI_PHRASES = tuple(sorted(_union(DATA["ai"]["phrases"])))
OFF_WORDS = _union(DATA["off"]["words"])
OFF_SCRIPT = tuple(sorted(_union(DATA["off"]["script"])))
GENERATED_WORDS = _union(DATA["generated"]["words"])
GENERATED_SCRIPT = tuple(sorted(_union(DATA["generated"]["script"])))
TOPIC_WORDS = frozenset(DATA["topic_words"])
NEGATION_BEFORE = _union(DATA["negation"]["before"])
NEGATION_AFTER = _union(DATA["negation"]["after"])
NEGATION_SCRIPT = tuple(sorted(_union(DATA["negation"]["script"])))
SPARKLES = tuple(DATA["sparkles"])
NOT_AI_CLASSES = re.compile("|".join(f"(?:{p})" for p in DATA["not_ai_classes"]))
STYLE_CLASSES = re.compile("|".join(f"(?:{p})" for p in DATA["style_classes"]))
KINDS = tuple(DATA["kinds"])
AMBIGUOUS_NAME_WORDS = frozenset(DATA["names"]["ambiguous"])
WIDGET_NAME_WORDS = frozenset(DATA["names"]["widget"])
AD_NAME_WORDS = frozenset(DATA["names"]["ad"])
CANDIDATE_WORDS = _union(DATA["candidate_words"])
CHAT_WORDS = _union(DATA["names"]["chat"])
CHAT_SCRIPT = tuple(sorted(_union(DATA["names"]["chat_script"])))
CHAT_UI_NAME_WORDS = frozenset(DATA["names"]["chat_ui"]) | CHAT_WORDS


def extension_source():
    """The JS file the extension loads: the JSON, verbatim, as a global."""
    body = json.dumps(DATA, ensure_ascii=False, indent=2, sort_keys=True)
    return ("// Generated from model/vocabulary.json by `python -m model.vocabulary --write-extension`.\n"
            "// Do not edit: tests/test_features.py fails when this copy drifts.\n"
            "(function (root) {\n"
            "  'use strict';\n"
            f"  const vocabulary = {body};\n"
            "  root.nofoobar = Object.assign(root.nofoobar || {}, { vocabulary });\n"
            "  if (typeof module === 'object' && module.exports) module.exports = vocabulary;\n"
            "})(globalThis);\n")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m model.vocabulary", description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write-extension", action="store_true", help=f"write {JS_PATH.relative_to(ROOT)}")
    group.add_argument("--check", action="store_true", help="exit 1 if the extension's copy differs")
    args = parser.parse_args(argv)
    if args.write_extension:
        JS_PATH.write_text(extension_source(), encoding="utf-8")
        print(f"wrote {JS_PATH.relative_to(ROOT)}")
        return 0
    current = JS_PATH.read_text(encoding="utf-8") if JS_PATH.exists() else ""
    if current != extension_source():
        print(f"{JS_PATH.relative_to(ROOT)} differs from model/vocabulary.json; "
              "run python -m model.vocabulary --write-extension", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
