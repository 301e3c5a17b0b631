"""Positives from the long tail: search engines, AI-first browsers, answer
engines and Q&A communities (Perplexity, You.com, Brave Leo, Opera Aria,
Kagi, Ecosia, Bing, Yandex Alice, Naver Cue:, Baidu, Poe, Stack Overflow,
Reddit Answers, DuckDuckGo Duck.ai, Qwant, Startpage, Seznam, Yahoo...).

Closed products: the markup is a generic pattern modelled on what the product
shows (its visible labels, its kind of widget), written with each product's
own design idiom, never one shared template. Where open source exists (Brave's
Leo design system uses leo-* custom elements) the real names are used.

The small helpers at the top (prefixed _) are shared by the other
pos_longtail_* modules.
"""
import re

from corpus.common import (
    SITES, classes, esc, example, fixed_context, hashed_class, inline_context,
    page_url, rng_for, wrap,
)

# --------------------------------------------------------------------------
# shared helpers for pos_longtail_*
# --------------------------------------------------------------------------

_WS = re.compile(r"\s+")
LANGS = ("en", "de", "fr", "es", "pt", "it", "ja", "nl", "pl", "ko", "zh", "sv")

ICONS = {
    "sparkle": ("0 0 24 24", "M19 9l1.25-2.75L23 5l-2.75-1.25L19 1l-1.25 2.75L15 5l2.75 1.25L19 9zm-7.5.5L9 4 6.5 9.5 1 12l5.5 2.5L9 20l2.5-5.5L17 12l-5.5-2.5zM19 15l-1.25 2.75L15 19l2.75 1.25L19 23l1.25-2.75L23 19l-2.75-1.25L19 15z"),
    "spark4": ("0 0 24 24", "M12 2C12 7.5 16.5 12 22 12C16.5 12 12 16.5 12 22C12 16.5 7.5 12 2 12C7.5 12 12 7.5 12 2Z"),
    "sparkles": ("0 0 24 24", "M9.94 14.06 8 20l-1.94-5.94L0 12l6.06-1.94L8 4l1.94 6.06L16 12zM18 2l.9 2.1L21 5l-2.1.9L18 8l-.9-2.1L15 5l2.1-.9z"),
    "wand": ("0 0 24 24", "m21.64 3.64-1.28-1.28a1.21 1.21 0 0 0-1.72 0L2.36 18.64a1.21 1.21 0 0 0 0 1.72l1.28 1.28a1.2 1.2 0 0 0 1.72 0L21.64 5.36a1.2 1.2 0 0 0 0-1.72ZM14 7l3 3M5 6v4M19 14v4M10 2v2M7 8H3M21 16h-4M11 3H9"),
    "bot": ("0 0 24 24", "M12 8V4H8M4 12a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2zM2 14h2M20 14h2M15 13v2M9 13v2"),
    "chat": ("0 0 24 24", "M7.9 20A9 9 0 1 0 4 16.1L2 22Z"),
    "star": ("0 0 16 16", "M7.53 1.282a.5.5 0 0 1 .94 0l.478 1.306a7.492 7.492 0 0 0 4.464 4.464l1.305.478a.5.5 0 0 1 0 .94l-1.305.478a7.492 7.492 0 0 0-4.464 4.464l-.478 1.305a.5.5 0 0 1-.94 0l-.478-1.305a7.492 7.492 0 0 0-4.464-4.464L1.282 8.47a.5.5 0 0 1 0-.94l1.306-.478a7.492 7.492 0 0 0 4.464-4.464Z"),
    "brain": ("0 0 24 24", "M12 5a3 3 0 1 0-5.997.125 4 4 0 0 0-2.526 5.77 4 4 0 0 0 .556 6.588A4 4 0 1 0 12 18Zm0 0a3 3 0 1 1 5.997.125 4 4 0 0 1 2.526 5.77 4 4 0 0 1-.556 6.588A4 4 0 1 1 12 18Z"),
    "send": ("0 0 24 24", "M2.01 21 23 12 2.01 3 2 10l15 2-15 2z"),
    "close": ("0 0 24 24", "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"),
}


def _icon(rng, name=None, size=None, cls=None):
    name = name or rng.choice(("sparkle", "spark4", "sparkles", "star"))
    vb, d = ICONS[name]
    size = size or rng.choice((14, 16, 18, 20, 24))
    attrs = [f'viewBox="{vb}"', f'width="{size}"', f'height="{size}"', 'aria-hidden="true"']
    if rng.random() < 0.5:
        attrs.append('xmlns="http://www.w3.org/2000/svg"')
    if cls is None:
        cls = rng.choice(("", "", "icon", hashed_class(rng), f"icon-{name}"))
    if cls:
        attrs.append(f'class="{cls}"')
    rng.shuffle(attrs)
    stroke = name in ("wand", "bot", "brain")
    if stroke:
        attrs.append('fill="none" stroke="currentColor" stroke-width="2"')
    p = f'<path d="{d}"/>' if rng.random() < 0.5 else f'<path d="{d}"></path>'
    if not stroke and rng.random() < 0.7:
        p = p.replace("<path ", '<path fill="currentColor" ')
    return f'<svg {" ".join(attrs)}>{p}</svg>'


def _a(rng, pairs):
    """Attributes in shuffled order; None values dropped, True = boolean."""
    items = [(k, v) for k, v in pairs if v is not None and k is not None]
    rng.shuffle(items)
    return "".join(f" {k}" if v is True else f' {k}="{esc(str(v))}"' for k, v in items)


def _tid(rng, value, p=0.5):
    """A test-id style attribute under one of the conventions apps use."""
    if rng.random() >= p:
        return (None, None)
    return (rng.choice(("data-testid", "data-qa", "data-cy", "data-test-id", "data-test", "data-automation-id")), value)


def _modcls(rng, comp, part):
    """A CSS-modules class: Component_part__hash5."""
    h = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
    return rng.choice((f"{comp}_{part}__{h}", f"{comp}-module__{part}__{h}", f"styles_{part}__{h}"))


_TW = ("inline-flex", "items-center", "gap-1.5", "gap-2", "rounded-full", "rounded-lg", "rounded-md",
       "px-3", "px-2.5", "py-1.5", "py-2", "text-sm", "text-xs", "font-medium", "font-semibold",
       "shadow-sm", "shadow-lg", "border", "border-gray-200", "bg-white", "hover:bg-gray-50",
       "text-gray-700", "dark:bg-zinc-900", "transition-colors", "focus-visible:outline-none",
       "focus-visible:ring-2", "ring-offset-2", "bg-gradient-to-r", "from-violet-500", "to-fuchsia-500",
       "text-white", "justify-center", "whitespace-nowrap", "h-9", "h-8", "w-full", "flex", "flex-col",
       "space-y-2", "p-4", "mb-4", "leading-relaxed")


def _tw(rng, n=(5, 11)):
    k = rng.randint(*n)
    return " ".join(rng.sample(_TW, k))


def _cx(rng, comp, *names, obf=0.25):
    """A class attribute for names in one of several conventions: readable
    (BEM etc.), CSS modules, Tailwind utility soup, or hashes only."""
    style = rng.randrange(5)
    if style <= 1:
        return classes(rng, names, obfuscate=obf, extra_hashed=(0, 1))
    if style == 2:
        return " ".join(_modcls(rng, comp, n.split("__")[-1].split("-")[-1] or "root") for n in names[:2])
    if style == 3:
        keep = names[0] + " " if names and rng.random() < 0.5 else ""
        return keep + _tw(rng)
    return " ".join(hashed_class(rng) for _ in range(rng.randint(1, 3)))


def T(table, lang):
    return table.get(lang) or table["en"]


def _lang(rng, langs=LANGS, weights=None):
    langs = tuple(langs)
    if weights is None:
        weights = [5 if l == "en" else 3 if l in ("de", "fr", "es", "ja", "pt", "it") else 2 for l in langs]
    return rng.choices(langs, weights=weights)[0]


# Host pages not in common.SITES, by language (long-tail sites the
# classifier has never seen).
NEW_SITES = {
    "en": ("www.harborlight-books.com", "shop.trailforge.co", "www.dailyledger.news", "docs.quillstack.dev",
           "www.kitchenkraft.com", "help.ridgeway-energy.com", "www.mapleandoak.ca", "www.sunsetridge-travel.com",
           "app.ledgerloop.io", "www.novacart.store", "support.brightpath.edu", "www.coastalgazette.com",
           "developer.ferrodata.io", "www.urbanthreads.co", "www.peakform-athletics.com", "learn.synthwave.academy",
           "www.greenvalley-garden.com", "www.metrotribune.org", "www.clearview-optics.com", "help.snapinvoice.app"),
    "de": ("www.nordkurier-online.de", "shop.wanderwelt.de", "hilfe.mietportal.de", "docs.bauplan.io",
           "www.kuechenwelt-direkt.de", "www.alpenblick-reisen.at", "www.zeitgeist-magazin.ch", "app.teamkalender.de"),
    "fr": ("www.ouest-matin.fr", "boutique.atelier-lumiere.fr", "aide.assurdirect.fr", "docs.pilotage.io",
           "www.montagne-evasion.fr", "www.journal-du-lac.ch", "app.factureo.fr"),
    "es": ("www.elnorte-hoy.es", "tienda.casaverde.mx", "ayuda.segurosol.es", "docs.plataforma.dev",
           "www.rutasdelsur.com", "www.cronica-andina.pe", "app.agendapro.cl"),
    "pt": ("www.folhadoporto.pt", "loja.casaemais.com.br", "ajuda.segurofacil.com.br", "www.noticiasdosul.com.br",
           "app.contafacil.com.br"),
    "it": ("www.gazzettadelmare.it", "negozio.casabella-arredo.it", "aiuto.assicurazioni-sole.it",
           "www.montagnaviva.it", "app.fatturasemplice.it"),
    "ja": ("www.asahi-tsushin.jp", "shop.zakka-tokyo.jp", "help.denki-ryokin.jp", "docs.kaihatsu.dev",
           "www.tabi-note.jp", "news.keizai-times.jp"),
    "nl": ("www.rijnmondnieuws.nl", "shop.wooncentrum.nl", "help.zorgverzekeraar.nl", "www.polderpost.be"),
    "pl": ("www.kurier-poranny.pl", "sklep.domowy-zakatek.pl", "pomoc.energetyka.pl", "www.wiadomosci24.pl"),
    "ko": ("www.hankyung-daily.kr", "shop.modu-mall.co.kr", "help.sinhan-card.kr", "www.jeju-travel.kr"),
    "zh": ("www.huanqiu-kuaibao.cn", "shop.jiadian-youxuan.cn", "help.yunzhanghu.cn", "www.taipei-news.tw"),
    "sv": ("www.norrlandsposten.se", "butik.hemochtradgard.se", "hjalp.elbolaget.se", "www.goteborgsbladet.se"),
}


def _site(rng, lang, p_common=0.25):
    """A host in lang: mostly NEW_SITES, sometimes common.SITES."""
    if rng.random() < p_common and lang in SITES:
        return rng.choice(SITES[lang])
    return rng.choice(NEW_SITES.get(lang, NEW_SITES["en"]))


def _url(rng, host, paths):
    return page_url(host, rng, rng.choice(paths) if isinstance(paths, (tuple, list)) else paths)


def _wrap(html, rng):
    return wrap(html, rng, 2, 0.35)


def cx_fixed(rng, corner="br", size=(48, 64), p=0.5, frame_src=None, shadow=False):
    if rng.random() >= p:
        return None
    return fixed_context(rng, corner=corner, size=size, frame_src=frame_src, shadow=shadow)


def cx_inline(rng, w=(60, 600), h=(24, 300), p=0.5):
    if rng.random() >= p:
        return None
    return inline_context(rng, w=w, h=h)


def cx_box(rng, w=(280, 420), h=(80, 500), pos="fixed", p=0.5, corner=None, frame_src=None, shadow=False):
    """A floating box (panel, popover, banner) of the given size."""
    if rng.random() >= p:
        return None
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080), (1366, 768), (390, 844)))
    ww, hh = min(rng.randint(*w), vw - 16), min(rng.randint(*h), vh - 16)
    m = rng.randint(8, 28)
    corner = corner or rng.choice(("br", "br", "tr", "bl", "c"))
    if corner == "c":
        x, y = (vw - ww) // 2, rng.randint(0, max(0, vh - hh))
    else:
        x = vw - ww - m if corner in ("br", "tr") else m
        y = vh - hh - m if corner in ("br", "bl") else m
    return {"position": pos, "rect": [x, y, ww, hh], "viewport": [vw, vh],
            "zIndex": rng.choice((10, 100, 1000, 9999, 2147483000)), "frameSrc": frame_src, "shadowHost": shadow}


def cx_side(rng, side="right", width=(320, 480), p=0.5, frame_src=None, shadow=False):
    if rng.random() >= p:
        return None
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080), (1366, 768)))
    w = rng.randint(*width)
    top = rng.choice((0, 0, 48, 56, 64))
    return {"position": rng.choice(("fixed", "fixed", "absolute", "relative")),
            "rect": [vw - w if side == "right" else 0, top, w, vh - top], "viewport": [vw, vh],
            "zIndex": rng.choice((1, 10, 100, 1000)), "frameSrc": frame_src, "shadowHost": shadow}


def run(seed, templates, per, kinds_total=None):
    """Call every template until it gave `per` distinct examples (or ran
    out of tries)."""
    out, seen = [], set()
    for tpl in templates:
        got, i = 0, 0
        while got < per and i < per * 8:
            rng = rng_for(seed, tpl.__name__, i)
            i += 1
            ex = tpl(rng)
            if ex is None:
                continue
            key = _WS.sub("", ex["html"])
            if key in seen:
                continue
            seen.add(key)
            out.append(ex)
            got += 1
    return out


# --------------------------------------------------------------------------
# shared translations
# --------------------------------------------------------------------------

def _t(*vals):
    return dict(zip(LANGS, vals))


ASK_AI = _t("Ask AI", "KI fragen", "Demander à l'IA", "Preguntar a la IA", "Perguntar à IA", "Chiedi all'IA",
            "AIに質問", "Vraag het AI", "Zapytaj AI", "AI에게 질문", "问 AI", "Fråga AI")
AI_SUMMARY = _t("AI summary", "KI-Zusammenfassung", "Résumé IA", "Resumen de IA", "Resumo de IA", "Riepilogo IA",
                "AI要約", "AI-samenvatting", "Podsumowanie AI", "AI 요약", "AI 摘要", "AI-sammanfattning")
AI_GENERATED = _t("Generated by AI", "KI-generiert", "Généré par IA", "Generado por IA", "Gerado por IA",
                  "Generato dall'IA", "AIによって生成", "Gegenereerd door AI", "Wygenerowane przez AI",
                  "AI가 생성함", "由 AI 生成", "Genererad av AI")
AI_MISTAKES = _t("AI can make mistakes. Check important info.", "KI kann Fehler machen. Überprüfe wichtige Informationen.",
                 "L'IA peut faire des erreurs. Vérifiez les informations importantes.",
                 "La IA puede cometer errores. Verifica la información importante.",
                 "A IA pode cometer erros. Confira informações importantes.",
                 "L'IA può commettere errori. Verifica le informazioni importanti.",
                 "AIは間違えることがあります。重要な情報は確認してください。",
                 "AI kan fouten maken. Controleer belangrijke informatie.",
                 "AI może popełniać błędy. Sprawdzaj ważne informacje.",
                 "AI는 실수할 수 있습니다. 중요한 정보는 확인하세요.",
                 "AI 可能会出错，请核实重要信息。", "AI kan göra misstag. Kontrollera viktig information.")
SUMMARIZE = _t("Summarize", "Zusammenfassen", "Résumer", "Resumir", "Resumir", "Riassumi", "要約する",
               "Samenvatten", "Podsumuj", "요약하기", "总结", "Sammanfatta")
AI_ASSISTANT = _t("AI assistant", "KI-Assistent", "Assistant IA", "Asistente de IA", "Assistente de IA",
                  "Assistente IA", "AIアシスタント", "AI-assistent", "Asystent AI", "AI 어시스턴트", "AI 助手",
                  "AI-assistent")
NEW = _t("New", "Neu", "Nouveau", "Nuevo", "Novo", "Novità", "新機能", "Nieuw", "Nowość", "신규", "新功能", "Nytt")
BETA = _t("Beta", "Beta", "Bêta", "Beta", "Beta", "Beta", "ベータ版", "Bèta", "Beta", "베타", "测试版", "Beta")
MEET = _t("Meet {b}", "Das ist {b}", "Découvrez {b}", "Te presentamos {b}", "Conheça {b}", "Ti presentiamo {b}",
          "{b}のご紹介", "Maak kennis met {b}", "Poznaj {b}", "{b}를 만나보세요", "认识一下 {b}", "Möt {b}")
TRY_FREE = _t("Try {b} free", "{b} kostenlos testen", "Essayez {b} gratuitement", "Prueba {b} gratis",
              "Experimente {b} grátis", "Prova {b} gratis", "{b}を無料で試す", "Probeer {b} gratis",
              "Wypróbuj {b} za darmo", "{b} 무료로 사용해 보기", "免费试用 {b}", "Testa {b} gratis")
TRY_IT = _t("Try it", "Ausprobieren", "Essayer", "Probar", "Experimentar", "Prova", "試してみる", "Proberen",
            "Wypróbuj", "사용해 보기", "试一试", "Testa")
UPGRADE = _t("Upgrade", "Upgrade", "Passer à la version supérieure", "Mejorar plan", "Fazer upgrade",
             "Passa a un piano superiore", "アップグレード", "Upgraden", "Przejdź na wyższy plan", "업그레이드",
             "升级", "Uppgradera")
GOT_IT = _t("Got it", "Verstanden", "J'ai compris", "Entendido", "Entendi", "Ho capito", "OK", "Begrepen",
            "Rozumiem", "확인", "知道了", "Jag förstår")
LATER = _t("Maybe later", "Vielleicht später", "Plus tard", "Quizás más tarde", "Talvez mais tarde", "Più tardi",
           "後で", "Misschien later", "Może później", "나중에", "以后再说", "Kanske senare")
CLOSE = _t("Close", "Schließen", "Fermer", "Cerrar", "Fechar", "Chiudi", "閉じる", "Sluiten", "Zamknij", "닫기",
           "关闭", "Stäng")
ASK_ANYTHING = _t("Ask anything…", "Frag mich etwas…", "Posez votre question…", "Pregunta lo que quieras…",
                  "Pergunte qualquer coisa…", "Chiedi qualsiasi cosa…", "何でも聞いてください…", "Vraag maar raak…",
                  "Zapytaj o cokolwiek…", "무엇이든 물어보세요…", "有问题，尽管问…", "Fråga vad som helst…")
SEND = _t("Send", "Senden", "Envoyer", "Enviar", "Enviar", "Invia", "送信", "Verzenden", "Wyślij", "보내기", "发送", "Skicka")
KEY_POINTS = _t("Key points", "Das Wichtigste in Kürze", "Les points clés", "Puntos clave", "Pontos principais",
                "Punti chiave", "この記事のポイント", "Belangrijkste punten", "Najważniejsze informacje",
                "핵심 요약", "要点速览", "Det viktigaste")
HELP_WRITE = _t("Help me write", "Hilf mir beim Schreiben", "Aidez-moi à écrire", "Ayúdame a escribir",
                "Me ajude a escrever", "Aiutami a scrivere", "文章作成を手伝って", "Help me schrijven",
                "Pomóż mi napisać", "글쓰기 도와줘", "帮我写", "Hjälp mig skriva")
WRITE_AI = _t("Write with AI", "Mit KI schreiben", "Rédiger avec l'IA", "Escribir con IA", "Escrever com IA",
              "Scrivi con l'IA", "AIで書く", "Schrijven met AI", "Pisz z AI", "AI로 쓰기", "用 AI 写作", "Skriv med AI")
GEN_AI = _t("Generate with AI", "Mit KI erstellen", "Générer avec l'IA", "Generar con IA", "Gerar com IA",
            "Genera con l'IA", "AIで生成", "Genereren met AI", "Generuj z AI", "AI로 생성", "AI 生成", "Generera med AI")
IMPROVE = _t("Improve with AI", "Mit KI verbessern", "Améliorer avec l'IA", "Mejorar con IA", "Melhorar com IA",
             "Migliora con l'IA", "AIで改善", "Verbeteren met AI", "Ulepsz z AI", "AI로 개선", "用 AI 优化",
             "Förbättra med AI")
CHAT_AI = _t("Chat with AI", "Mit KI chatten", "Discuter avec l'IA", "Chatear con IA", "Conversar com IA",
             "Chatta con l'IA", "AIとチャット", "Chatten met AI", "Czat z AI", "AI와 채팅", "与 AI 聊天", "Chatta med AI")
AI_ANSWER = _t("AI answer", "KI-Antwort", "Réponse de l'IA", "Respuesta de IA", "Resposta da IA", "Risposta IA",
               "AIの回答", "AI-antwoord", "Odpowiedź AI", "AI 답변", "AI 回答", "AI-svar")
HELPFUL = _t("Was this helpful?", "War das hilfreich?", "Cette réponse vous a-t-elle aidé ?", "¿Te resultó útil?",
             "Isso foi útil?", "È stato utile?", "役に立ちましたか？", "Was dit nuttig?", "Czy to było pomocne?",
             "도움이 되었나요?", "这有帮助吗？", "Var detta till hjälp?")

# Short factual answers used as AI-generated body text.
ANSWERS = {
    "en": ("The Eiffel Tower was completed in 1889 for the World's Fair and stands about 330 metres tall including its antennas.",
           "Cast-iron pans should be dried straight after washing and wiped with a thin film of oil to keep the seasoning intact.",
           "A Roth IRA is funded with after-tax money, so qualified withdrawals in retirement are tax-free.",
           "Most houseplants prefer to dry out slightly between waterings; yellowing lower leaves often point to overwatering.",
           "The fastest route from the airport to the old town is the express train, which runs every 15 minutes and takes about 25 minutes."),
    "de": ("Der Eiffelturm wurde 1889 zur Weltausstellung fertiggestellt und ist mit Antennen rund 330 Meter hoch.",
           "Gusseisenpfannen sollten nach dem Spülen sofort getrocknet und dünn eingeölt werden, damit die Patina erhalten bleibt.",
           "Die meisten Zimmerpflanzen vertragen es gut, zwischen zwei Wassergaben leicht abzutrocknen."),
    "fr": ("La tour Eiffel a été achevée en 1889 pour l'Exposition universelle et mesure environ 330 mètres avec ses antennes.",
           "Une poêle en fonte doit être séchée aussitôt après lavage puis légèrement huilée pour préserver son culottage.",
           "La plupart des plantes d'intérieur préfèrent que le terreau sèche un peu entre deux arrosages."),
    "es": ("La Torre Eiffel se terminó en 1889 para la Exposición Universal y mide unos 330 metros con sus antenas.",
           "Las sartenes de hierro fundido deben secarse justo después de lavarlas y untarse con una fina capa de aceite.",
           "La mayoría de las plantas de interior prefieren que la tierra se seque un poco entre riegos."),
    "pt": ("A Torre Eiffel foi concluída em 1889 para a Exposição Universal e tem cerca de 330 metros com as antenas.",
           "Frigideiras de ferro fundido devem ser secas logo após a lavagem e untadas com uma fina camada de óleo."),
    "it": ("La Torre Eiffel fu completata nel 1889 per l'Esposizione universale ed è alta circa 330 metri con le antenne.",
           "Le padelle in ghisa vanno asciugate subito dopo il lavaggio e unte con un velo d'olio."),
    "ja": ("エッフェル塔は1889年のパリ万博に合わせて完成し、アンテナを含めた高さは約330メートルです。",
           "鉄製フライパンは洗ったらすぐに火にかけて水気を飛ばし、薄く油を塗っておくと長持ちします。"),
    "nl": ("De Eiffeltoren werd in 1889 voltooid voor de wereldtentoonstelling en is met antennes ongeveer 330 meter hoog.",),
    "pl": ("Wieża Eiffla została ukończona w 1889 roku na Wystawę Światową i ma około 330 metrów wysokości.",),
    "ko": ("에펠탑은 1889년 파리 만국박람회에 맞춰 완공되었으며 안테나를 포함한 높이는 약 330미터입니다.",),
    "zh": ("埃菲尔铁塔于 1889 年为世界博览会建成，加上天线高约 330 米。",),
    "sv": ("Eiffeltornet blev klart 1889 till världsutställningen och är ungefär 330 meter högt med antenner.",),
}


def answer(rng, lang):
    return rng.choice(ANSWERS.get(lang, ANSWERS["en"]))


# --------------------------------------------------------------------------
# templates: search engines, browsers, answer engines
# --------------------------------------------------------------------------

def _perplexity_sidebar_upsell(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it"))
    title = T(_t("Try Perplexity Pro", "Perplexity Pro testen", "Essayez Perplexity Pro", "Prueba Perplexity Pro",
                 "Experimente o Perplexity Pro", "Prova Perplexity Pro", "Perplexity Proを試す"), lang)
    body = T(_t("Upgrade for image upload, smarter AI, and more Pro Search.",
                "Upgrade für Bild-Uploads, klügere KI und mehr Pro-Suchen.",
                "Passez à Pro pour importer des images, une IA plus intelligente et plus de recherches Pro.",
                "Mejora para subir imágenes, una IA más inteligente y más búsquedas Pro.",
                "Faça upgrade para enviar imagens, IA mais inteligente e mais pesquisas Pro.",
                "Passa a Pro per caricare immagini, un'IA più intelligente e più ricerche Pro.",
                "画像アップロード、より賢いAI、Pro検索の回数アップ。"), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "ProUpsell", "pro-upsell", "rounded-md")), _tid(rng, "sidebar-pro-upsell")])}>'
            f'<div class="font-sans text-sm font-medium">{esc(title)}</div>'
            f'<div class="text-textOff text-xs">{esc(body)}</div>'
            f'<a href="/pro" class="{_cx(rng, "Btn", "button", "btn-pro")}">{esc(T(_t("Learn More", "Mehr erfahren", "En savoir plus", "Más información", "Saiba mais", "Scopri di più", "詳細"), lang))}</a></div>')
    return example(_wrap(html, rng), _url(rng, "www.perplexity.ai", ("/", "/search/new", "/library", "/discover")), 1,
                   "ai_upsell", "generic pattern modelled on Perplexity sidebar 'Try Pro' upsell card", lang=lang,
                   context=cx_box(rng, (200, 260), (100, 160), corner="bl"))


def _perplexity_answer(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "ko"))
    srcs = "".join(f'<a class="{_cx(rng, "Src", "source-chip")}" href="https://{h}/"><span>{i+1}</span>{esc(h)}</a>'
                   for i, h in enumerate(rng.sample(("en.wikipedia.org", "www.britannica.com", "www.nationalgeographic.com", "www.bbc.co.uk", "www.reddit.com"), 3)))
    head = T(_t("Answer", "Antwort", "Réponse", "Respuesta", "Resposta", "Risposta", "回答", "Antwoord", "Odpowiedź", "답변"), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Answer", "prose", "answer-block")), ("dir", "auto"), _tid(rng, "answer")])}>'
            f'<div class="mb-sm flex items-center gap-x-sm">{_icon(rng, "spark4", 16)}<h2 class="text-base font-medium">{esc(head)}</h2></div>'
            f'<div class="flex gap-2 overflow-x-auto">{srcs}</div>'
            f'<div class="prose dark:prose-invert"><p>{esc(answer(rng, lang))}</p></div>'
            f'<div class="flex items-center gap-2"><button aria-label="Share">Share</button><button aria-label="Rewrite">Rewrite</button></div></div>')
    return example(html, _url(rng, "www.perplexity.ai", ("/search/what-is-{0}".format(rng.randint(100, 999)), "/search/new")), 1,
                   "ai_summary_block", "generic pattern modelled on Perplexity answer block (sources row, spark icon, 'Rewrite')",
                   lang=lang, context=cx_inline(rng, (600, 760), (300, 700)))


def _youcom_mode(rng):
    lang = "en"
    modes = ("Smart", "Genius", "Research", "Create")
    cur = rng.choice(modes)
    btns = "".join(f'<button role="tab" aria-selected="{str(m == cur).lower()}" data-testid="mode-{m.lower()}">{m}</button>' for m in modes)
    html = (f'<div{_a(rng, [("role", "tablist"), ("aria-label", "AI modes"), ("class", _cx(rng, "Modes", "ai-mode-switcher")), _tid(rng, "youchat-modes")])}>{btns}'
            f'<a href="/upgrade" class="{_cx(rng, "Modes", "mode-upgrade")}">{_icon(rng, "sparkle", 14)} Unlock YouPro</a></div>')
    return example(_wrap(html, rng), _url(rng, "you.com", ("/", "/search", "/chat")), 1, "ai_search_widget",
                   "generic pattern modelled on You.com AI mode switcher (Smart/Genius/Research) with YouPro upsell",
                   lang=lang, context=cx_inline(rng, (300, 520), (36, 48)))


def _brave_leo_button(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko"))
    label = T(_t("Ask Leo", "Leo fragen", "Demander à Leo", "Pregúntale a Leo", "Pergunte ao Leo", "Chiedi a Leo",
                 "Leoに聞く", "Vraag het Leo", "Zapytaj Leo", "Leo에게 질문"), lang)
    sub = T(_t("Summarize this page", "Diese Seite zusammenfassen", "Résumer cette page", "Resumir esta página",
               "Resumir esta página", "Riassumi questa pagina", "このページを要約", "Deze pagina samenvatten",
               "Podsumuj tę stronę", "이 페이지 요약"), lang)
    if rng.random() < 0.5:
        html = (f'<leo-button{_a(rng, [("kind", "outline"), ("size", "small"), ("class", rng.choice(("ask-leo", "summarize-with-leo", None))), ("title", label)])}>'
                f'<leo-icon slot="icon-before" name="product-brave-leo"></leo-icon>{esc(sub)}</leo-button>')
    else:
        html = (f'<div class="{_cx(rng, "Leo", "leo-entry", "answer-with-ai")}"><leo-icon name="product-brave-leo"></leo-icon>'
                f'<span>{esc(label)}</span><leo-button kind="plain-faint" size="tiny" fab>'
                f'<leo-icon name="arrow-right"></leo-icon></leo-button></div>')
    return example(_wrap(html, rng), _url(rng, rng.choice(("search.brave.com", "search.brave.com", "talk.brave.com")), ("/search", "/ask", "/")),
                   1, rng.choice(("ai_search_widget", "ai_summary_block")) if "Summar" in html else "ai_search_widget",
                   "Brave Leo entry (Nala design system leo-button / leo-icon name=product-brave-leo)", lang=lang,
                   context=cx_inline(rng, (120, 300), (28, 44)))


def _brave_answer_with_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "it", "ja"))
    title = T(_t("Answer with AI", "Antwort mit KI", "Réponse avec l'IA", "Respuesta con IA", "Resposta com IA",
                 "Risposta con IA", "AIで回答"), lang)
    html = (f'<div{_a(rng, [("id", "chatllm"), ("class", _cx(rng, "Chatllm", "chatllm-wrapper", "svelte-1u8j6rh")), ("data-type", "summarizer")])}>'
            f'<div class="chatllm-header"><leo-icon name="product-brave-leo"></leo-icon><span class="title">{esc(title)}</span>'
            f'<span class="chatllm-beta">{esc(T(BETA, lang))}</span></div>'
            f'<div class="chatllm-content"><p>{esc(answer(rng, lang))}</p></div>'
            f'<div class="chatllm-footer"><span class="disclaimer">{esc(T(AI_MISTAKES, lang))}</span>'
            f'<button class="btn-ask-follow-up">{esc(T(_t("Ask a follow-up", "Nachfrage stellen", "Poser une autre question", "Hacer otra pregunta", "Fazer outra pergunta", "Fai un’altra domanda", "追加で質問"), lang))}</button></div></div>')
    return example(html, _url(rng, "search.brave.com", "/search"), 1, "ai_summary_block",
                   "generic pattern modelled on Brave Search 'Answer with AI' summarizer (#chatllm, Leo icon)",
                   lang=lang, context=cx_inline(rng, (560, 720), (200, 520)))


def _opera_aria(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "pl", "it"))
    label = "Aria"
    tip = T(_t("Aria, your free AI in Opera", "Aria, deine kostenlose KI in Opera", "Aria, votre IA gratuite dans Opera",
               "Aria, tu IA gratuita en Opera", "Aria, sua IA gratuita no Opera", "Aria, darmowa AI w Operze",
               "Aria, la tua IA gratuita in Opera"), lang)
    style = rng.randrange(2)
    if style == 0:
        html = (f'<button{_a(rng, [("class", _cx(rng, "Sidebar", "sidebar-item", "aria-button")), ("title", tip), ("aria-label", label), ("data-panel-id", "aria")])}>'
                f'<img src="chrome://sidebar-icons/aria.svg" alt="" width="20" height="20"></button>')
        kind, ctx = "ai_sidebar", cx_inline(rng, (40, 48), (40, 48))
    else:
        html = (f'<div{_a(rng, [("class", _cx(rng, "AriaCmd", "aria-command-line")), ("role", "dialog"), ("aria-label", tip)])}>'
                f'<img src="chrome://sidebar-icons/aria.svg" alt="Aria" width="18" height="18">'
                f'<input type="text" placeholder="{esc(T(ASK_ANYTHING, lang))}" aria-label="{esc(tip)}"><kbd>Ctrl</kbd><kbd>/</kbd></div>')
        kind, ctx = "ai_search_widget", cx_box(rng, (420, 640), (44, 60), corner="c")
    return example(html, _url(rng, rng.choice(("www.opera.com", "www.opera.com", "addons.opera.com")), ("/", "/features", "/extensions")),
                   1, kind, "generic pattern modelled on Opera browser Aria sidebar button / command line", lang=lang, context=ctx)


def _kagi_quick_answer(rng):
    lang = _lang(rng, ("en", "de", "fr", "ja"))
    title = {"en": "Quick Answer", "de": "Schnelle Antwort", "fr": "Réponse rapide", "ja": "クイックアンサー"}[lang]
    refs = "".join(f'<li><a href="https://{h}/">{esc(h)}</a></li>' for h in rng.sample(("en.wikipedia.org", "docs.python.org", "stackoverflow.com", "www.healthline.com", "www.nytimes.com"), 2))
    html = (f'<div{_a(rng, [("class", "_0_quick_answer _0_qa_box" if rng.random() < 0.5 else _cx(rng, "QA", "quick-answer")), ("id", rng.choice(("qa", None)))])}>'
            f'<div class="_0_qa_header">{_icon(rng, "sparkles", 16)}<span>{esc(title)}</span></div>'
            f'<div class="_0_qa_content">{esc(answer(rng, lang))}</div><ol class="_0_qa_refs">{refs}</ol>'
            f'<div class="_0_qa_footer">{esc(T(_t("Continue in Assistant", "Im Assistenten fortfahren", "Continuer dans l’Assistant"), lang if lang != "ja" else "en"))}</div></div>')
    return example(html, _url(rng, "kagi.com", "/search"), 1, "ai_summary_block",
                   "generic pattern modelled on Kagi Search 'Quick Answer' box (footer 'Continue in Assistant')",
                   lang=lang, context=cx_inline(rng, (600, 720), (160, 420)))


def _ecosia_ai_chat(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "it", "nl", "sv"))
    label = T(_t("AI Chat", "KI-Chat", "Chat IA", "Chat IA", "Chat IA", "Chat IA", "AIチャット", "AI-chat", "Czat AI", "AI 채팅", "AI 聊天", "AI-chatt"), lang)
    hint = T(_t("Try Ecosia's AI chat", "Probier den KI-Chat von Ecosia", "Essayez le chat IA d’Ecosia", "Prueba el chat IA de Ecosia",
                "Experimente o chat IA do Ecosia", "Prova la chat IA di Ecosia", "", "Probeer de AI-chat van Ecosia",
                "", "", "", "Testa Ecosias AI-chatt"), lang)
    html = (f'<a{_a(rng, [("href", "/chat"), ("class", _cx(rng, "Tab", "search-navigation__tab", "search-navigation__tab--ai-chat")), ("data-test-id", "search-navigation-ai-chat"), ("aria-label", hint or label)])}>'
            f'{_icon(rng, "sparkles", 16)}<span class="search-navigation__label">{esc(label)}</span>'
            + (f'<span class="badge badge--new">{esc(T(NEW, lang))}</span>' if rng.random() < 0.6 else "") + '</a>')
    return example(_wrap(html, rng), _url(rng, "www.ecosia.org", ("/search", "/images", "/")), 1, "ai_search_widget",
                   "generic pattern modelled on Ecosia results-page 'AI Chat' tab with New badge (BEM search-navigation)",
                   lang=lang, context=cx_inline(rng, (70, 140), (36, 44)))


def _bing_deep_search(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "zh"))
    label = T(_t("Deep search", "Tiefe Suche", "Recherche approfondie", "Búsqueda profunda", "Pesquisa profunda",
                 "Ricerca approfondita", "ディープ検索", "", "", "", "深度搜索"), lang)
    tip = T(_t("Get more comprehensive results with AI", "Umfassendere Ergebnisse mit KI", "Des résultats plus complets grâce à l’IA",
               "Resultados más completos con IA", "Resultados mais completos com IA", "Risultati più completi con l’IA",
               "AIでより包括的な結果を取得", "", "", "", "借助 AI 获取更全面的结果"), lang)
    html = (f'<div{_a(rng, [("id", "b_deep_search"), ("class", "b_deepsrch_btn" if rng.random() < 0.5 else _cx(rng, "Deep", "deep-search-btn")), ("role", "button"), ("aria-label", label), ("title", tip), ("tabindex", "0"), ("data-h", f"ID=SERP,{rng.randint(5000, 5999)}.1")])}>'
            f'{_icon(rng, "sparkle", 16)}<span>{esc(label)}</span></div>')
    return example(_wrap(html, rng), _url(rng, "www.bing.com", "/search"), 1, "ai_search_widget",
                   "generic pattern modelled on Bing 'Deep search' button next to the search box (data-h SERP ids)",
                   lang=lang, context=cx_inline(rng, (110, 170), (32, 40)))


def _bing_copilot_answer(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "zh"))
    head = T(_t("Copilot Search", "Copilot-Suche", "Recherche Copilot", "Búsqueda de Copilot", "Pesquisa do Copilot",
                "Ricerca Copilot", "Copilot 検索", "", "", "", "Copilot 搜索"), lang)
    html = (f'<li{_a(rng, [("class", "b_ans b_top b_gen_ans"), ("data-tag", "RelatedQnA.Gen"), ("data-bm", str(rng.randint(3, 9)))])}>'
            f'<div class="gs_header"><img class="gs_logo" src="https://r.bing.com/rp/copilot_logo.svg" alt="Copilot" width="20" height="20"><h2>{esc(head)}</h2></div>'
            f'<div class="gs_text gs_mdr"><p>{esc(answer(rng, lang))}</p></div>'
            f'<div class="gs_footer"><a href="/chat?form=GENREF" class="gs_cta">{esc(T(_t("Dive deeper in Copilot", "In Copilot vertiefen", "Approfondir dans Copilot", "Profundiza en Copilot", "Aprofunde no Copilot", "Approfondisci in Copilot", "Copilot で詳しく", "", "", "", "在 Copilot 中深入了解"), lang))}</a></div></li>')
    return example(html, _url(rng, "www.bing.com", "/search"), 1, "ai_summary_block",
                   "generic pattern modelled on Bing generative answer at top of results (li.b_ans.b_top, Copilot logo)",
                   lang=lang, context=cx_inline(rng, (600, 700), (200, 500)))


def _yandex_alice(rng):
    lang = rng.choice(("en", "en", "pl"))  # Russian is not in the corpus languages
    label = {"en": "Ask Alice", "pl": "Zapytaj Alicję"}[lang]
    html = (f'<div{_a(rng, [("class", _cx(rng, "Alice", "AliceButton", "HeaderForm-AliceButton")), ("role", "button"), ("aria-label", label), ("data-log-node", "alice-entry")])}>'
            f'<div class="AliceButton-Icon AliceButton-Icon_gradient"></div>'
            + (f'<span class="AliceButton-Text">{esc(label)}</span>' if rng.random() < 0.6 else "")
            + '<span class="AliceButton-Hint">YandexGPT</span></div>')
    return example(_wrap(html, rng), _url(rng, rng.choice(("yandex.com", "ya.ru", "yandex.com.tr")) if lang == "en" else "yandex.com", ("/search/", "/")), 1,
                   "ai_search_widget", "generic pattern modelled on Yandex search 'Alice' AI button (BEM-ish Block-Element_mod)",
                   lang=lang, context=cx_inline(rng, (40, 160), (36, 44)))


def _naver_cue(rng):
    lang = "ko"
    label = rng.choice(("Cue:로 더 깊게 알아보기", "AI 브리핑", "Cue: 에게 물어보기"))
    kind = "ai_summary_block" if "브리핑" in label else "ai_search_widget"
    body = rng.choice(("에펠탑은 1889년 파리 만국박람회에 맞춰 완공되었으며 높이는 약 330미터입니다.",
                       "제주도 3월 날씨는 평균 기온 10도 안팎으로 쌀쌀하므로 가벼운 외투를 챙기는 것이 좋습니다.",
                       "전세 계약 시 확정일자와 전입신고를 함께 해야 보증금을 보호받을 수 있습니다."))
    html = (f'<section{_a(rng, [("class", "sc_new sp_ai_briefing" if kind == "ai_summary_block" else "sc_new sp_cue"), ("data-module", rng.choice(("aib", "cue")))])}>'
            f'<div class="api_title_area"><h2 class="api_title">{esc(label)}</h2><span class="ai_label">AI</span></div>'
            + (f'<div class="api_subject_bx"><p class="ai_text">{esc(body)}</p></div>' if kind == "ai_summary_block" else
               f'<a class="btn_cue" href="https://cue.search.naver.com/">{_icon(rng, "spark4", 16)}<span>{esc(label)}</span></a>')
            + '</section>')
    return example(html, _url(rng, "search.naver.com", "/search.naver"), 1, kind,
                   "generic pattern modelled on Naver search AI Briefing / Cue: module (section.sc_new, api_title)",
                   lang=lang, context=cx_inline(rng, (500, 700), (60, 400)))


def _baidu_ai(rng):
    lang = "zh"
    variant = rng.randrange(2)
    if variant == 0:
        body = rng.choice(("埃菲尔铁塔于 1889 年建成，加上天线高约 330 米，是巴黎的标志性建筑。",
                           "感冒初期多喝温水、保证睡眠，一般一周左右可自行缓解，高烧不退应及时就医。",
                           "北京到上海的高铁最快约 4 小时 18 分钟，二等座票价约 553 元。"))
        html = (f'<div{_a(rng, [("class", "c-container result-op ai-answer_3Kx1a"), ("tpl", "ai_agent_qa"), ("srcid", str(rng.randint(20000, 99999)))])}>'
                f'<div class="ai-tag_2xlAq">{_icon(rng, "sparkle", 14)}<span>AI 智能回答</span></div><div class="ai-content_1mQ2E">{esc(body)}</div>'
                f'<div class="ai-disclaimer">内容由 AI 生成，仅供参考</div></div>')
        kind = "ai_summary_block"
    else:
        html = (f'<a{_a(rng, [("class", "s_btn_ai chat-entry_5Dz3k"), ("href", "https://chat.baidu.com/"), ("title", "文心一言 AI 对话"), ("aria-label", "AI 对话")])}>'
                f'<i class="c-icon">&#xe6a1;</i><span>AI 对话</span></a>')
        kind = "ai_search_widget"
    return example(_wrap(html, rng), _url(rng, "www.baidu.com", ("/s", "/")), 1, kind,
                   "generic pattern modelled on Baidu search AI answer card / 'AI 对话' entry", lang=lang,
                   context=cx_inline(rng, (100, 680), (32, 300)))


def _poe_quora(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it"))
    label = T(_t("Ask Poe AI", "Poe-KI fragen", "Demander à Poe IA", "Preguntar a Poe IA", "Perguntar à Poe IA", "Chiedi a Poe IA", "Poe AIに質問"), lang)
    hint = T(_t("Get an instant answer from AI on Poe", "Sofortige KI-Antwort auf Poe erhalten", "Obtenez une réponse instantanée de l’IA sur Poe",
                "Obtén una respuesta instantánea de la IA en Poe", "Receba uma resposta instantânea da IA no Poe",
                "Ottieni subito una risposta dall’IA su Poe", "PoeのAIからすぐに回答を得る"), lang)
    html = (f'<div{_a(rng, [("class", "q-box qu-borderAll qu-borderRadius--small qu-p--medium qu-bg--raised"), ("data-ad", None)])}>'
            f'<div class="q-flex qu-alignItems--center">{_icon(rng, "bot", 20)}<div class="q-text qu-bold">{esc(label)}</div></div>'
            f'<div class="q-text qu-color--gray_light">{esc(hint)}</div>'
            f'<button class="q-click-wrapper qu-active--textDecoration--none puppeteer_test_button_text">Poe</button></div>')
    return example(_wrap(html, rng), _url(rng, rng.choice(("www.quora.com", "de.quora.com", "fr.quora.com", "es.quora.com", "jp.quora.com")),
                                          ("/What-is-the-best-way-to-learn-Python", "/How-do-airplanes-stay-in-the-air", "/")),
                   1, "ai_upsell", "generic pattern modelled on Quora 'Ask Poe AI' promo box (q-box qu-* utility classes)",
                   lang=lang, context=cx_inline(rng, (300, 600), (80, 140)))


def _so_ai_answer(rng):
    lang = "en"
    kind = rng.choice(("ai_search_widget", "ai_onboarding"))
    if kind == "ai_search_widget":
        html = (f'<div{_a(rng, [("class", "s-card bc-black-100 ai-assist-entry"), ("data-controller", "ai-assist")])}>'
                f'<div class="d-flex ai-center g8"><svg aria-hidden="true" class="svg-icon iconAIAssist" width="18" height="18" viewBox="0 0 18 18"><path d="M9 1l2 5 5 2-5 2-2 5-2-5-5-2 5-2z"/></svg>'
                f'<h3 class="fs-body2 mb0">Stack Overflow AI Assist</h3><span class="s-badge s-badge__info">Beta</span></div>'
                f'<p class="fc-black-400">Get a summarized answer, grounded in Stack Overflow content.</p>'
                f'<a class="s-btn s-btn__filled s-btn__sm" href="/ai-assist">Ask AI Assist</a></div>')
    else:
        html = (f'<div{_a(rng, [("class", "s-popover s-popover__tooltip is-visible"), ("role", "dialog"), ("id", "ai-assist-popover")])}>'
                f'<div class="s-popover--arrow"></div><strong>New: AI Assist</strong>'
                f'<p class="mb8">Ask technical questions in plain language and get AI answers with attribution.</p>'
                f'<button class="s-btn s-btn__primary s-btn__xs js-dismiss">Got it</button></div>')
    return example(_wrap(html, rng), _url(rng, "stackoverflow.com", ("/questions/7781234/how-to-merge-two-dicts", "/", "/questions")), 1, kind,
                   "generic pattern modelled on Stack Overflow 'AI Assist' (Stacks s-card / s-popover classes)", lang=lang,
                   context=cx_box(rng, (240, 320), (90, 180), pos="absolute"))


def _reddit_answers(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt"))
    label = T(_t("Reddit Answers", "Reddit Answers", "Reddit Answers", "Reddit Answers", "Reddit Answers"), lang)
    cta = T(_t("Ask a question, get answers from Reddit conversations", "Stell eine Frage – Antworten aus Reddit-Diskussionen",
               "Posez une question et obtenez des réponses issues de Reddit", "Haz una pregunta y obtén respuestas de conversaciones de Reddit",
               "Faça uma pergunta e receba respostas das conversas do Reddit"), lang)
    html = (f'<faceplate-tracker{_a(rng, [("source", "search"), ("action", "click"), ("noun", "answers_entrypoint")])}>'
            f'<a href="/answers/" class="{_cx(rng, "Ans", "answers-entry", "button-secondary")}" aria-label="{esc(label)}">'
            f'<svg rpl="" fill="currentColor" height="16" icon-name="answers-outline" viewBox="0 0 20 20" width="16"><path d="M10 1l2 6 6 2-6 2-2 6-2-6-6-2 6-2z"/></svg>'
            f'<span>{esc(label)}</span><span class="text-secondary-weak">{esc(cta)}</span>'
            + (f'<span class="badge">{esc(T(BETA, lang))}</span>' if rng.random() < 0.5 else "") + '</a></faceplate-tracker>')
    return example(_wrap(html, rng), _url(rng, "www.reddit.com", ("/search/", "/r/cooking/", "/")), 1, "ai_search_widget",
                   "generic pattern modelled on Reddit search 'Reddit Answers' entry (faceplate-tracker, icon-name attr)",
                   lang=lang, context=cx_inline(rng, (200, 500), (36, 60)))


def _duckai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "nl", "it", "pt"))
    head = T(_t("Search Assist", "Suchassistent", "Assistant de recherche", "Asistente de búsqueda", "Assistente de pesquisa",
                "Assistente di ricerca", "", "Zoekassistent"), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Assist", "react-module", "searchAssist_wrapper")), ("data-react-module-id", "assist")])}>'
            f'<div class="{_modcls(rng, "assist", "header")}">{_icon(rng, "sparkles", 16)}<span>{esc(head)}</span></div>'
            f'<p>{esc(answer(rng, lang))}</p>'
            f'<a href="https://duck.ai/" class="{_modcls(rng, "assist", "chat")}">{esc(T(_t("Continue in Duck.ai", "In Duck.ai weitermachen", "Continuer sur Duck.ai", "Continuar en Duck.ai", "Continuar no Duck.ai", "Continua su Duck.ai", "", "Verder in Duck.ai"), lang))}</a></div>')
    return example(html, _url(rng, "duckduckgo.com", "/"), 1, "ai_summary_block",
                   "generic pattern modelled on DuckDuckGo Search Assist answer with 'Continue in Duck.ai' (CSS-modules classes)",
                   lang=lang, context=cx_inline(rng, (560, 700), (120, 360)))


def _qwant_startpage(rng):
    lang = _lang(rng, ("fr", "de", "en", "nl"))
    host = {"fr": "www.qwant.com", "de": "www.startpage.com", "en": "www.startpage.com", "nl": "www.startpage.com"}[lang]
    label = T(_t("Flash answer (AI)", "KI-Kurzantwort", "Réponse flash (IA)", "", "", "", "", "AI-flitsantwoord"), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Flash", "flash-answer", "ai-answer")), ("data-testid", "aiAnswer"), ("role", "region"), ("aria-label", label)])}>'
            f'<header>{_icon(rng, "sparkle", 16)}<span>{esc(label)}</span></header><p>{esc(answer(rng, lang))}</p>'
            f'<footer><small>{esc(T(AI_MISTAKES, lang))}</small></footer></div>')
    return example(html, _url(rng, host, ("/", "/search", "/do/search")), 1, "ai_summary_block",
                   "generic pattern modelled on Qwant / Startpage AI short answer region", lang=lang,
                   context=cx_inline(rng, (560, 700), (120, 300)))


def _seznam_yahoo(rng):
    lang = rng.choice(("en", "en", "ja"))
    if lang == "ja":
        host, lab = "search.yahoo.co.jp", "AIアシスタントに質問"
    else:
        host, lab = rng.choice(("search.yahoo.com", "www.yahoo.com")), rng.choice(("Ask Yahoo AI", "Try AI answers"))
    html = (f'<div{_a(rng, [("class", _cx(rng, "Yai", "compTitle", "ai-entry")), ("data-ylk", f"sec:ai;slk:entry;itc:0;pos:{rng.randint(1, 4)}")])}>'
            f'<a href="/ai" class="{_cx(rng, "Yai", "ai-link")}">{_icon(rng, "spark4", 16)}<span>{esc(lab)}</span></a></div>')
    return example(_wrap(html, rng), _url(rng, host, ("/search", "/")), 1, "ai_search_widget",
                   "generic pattern modelled on Yahoo search AI entry (data-ylk tracking attributes)", lang=lang,
                   context=cx_inline(rng, (120, 260), (28, 40)))


def _vivaldi_edge_promo(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    b = "Copilot"
    title = T(MEET, lang).format(b=b)
    body = T(_t("Your AI companion is now built into the browser sidebar. Ask questions about any page.",
                "Dein KI-Begleiter ist jetzt in die Seitenleiste integriert. Stelle Fragen zu jeder Seite.",
                "Votre compagnon IA est désormais intégré à la barre latérale. Posez des questions sur n’importe quelle page.",
                "Tu compañero de IA ya está integrado en la barra lateral. Pregunta sobre cualquier página.",
                "Seu companheiro de IA agora está na barra lateral. Faça perguntas sobre qualquer página.",
                "Il tuo compagno IA ora è integrato nella barra laterale. Fai domande su qualsiasi pagina.",
                "AIコンパニオンがサイドバーに組み込まれました。どのページについても質問できます。",
                "Je AI-metgezel zit nu in de zijbalk. Stel vragen over elke pagina.",
                "Twój towarzysz AI jest teraz wbudowany w pasek boczny. Zadawaj pytania o dowolną stronę.",
                "AI 도우미가 사이드바에 내장되었습니다. 어떤 페이지에 대해서든 질문하세요.",
                "你的 AI 助手现已内置于侧边栏，可针对任何页面提问。",
                "Din AI-följeslagare finns nu i sidofältet. Ställ frågor om vilken sida som helst."), lang)
    html = (f'<div{_a(rng, [("role", "dialog"), ("aria-labelledby", "tt-title"), ("class", _cx(rng, "Teach", "teaching-popover", "fui-TeachingPopover"))])}>'
            f'<h3 id="tt-title">{esc(title)}</h3><p>{esc(body)}</p>'
            f'<div class="actions"><button class="primary">{esc(T(TRY_IT, lang))}</button><button>{esc(T(LATER, lang))}</button></div></div>')
    return example(html, _url(rng, rng.choice(("www.msn.com", "ntp.msn.com", "www.microsoftedgeinsider.com")), ("/", "/edge/ntp", "/de-de")), 1,
                   "ai_onboarding", "generic pattern modelled on Edge 'Meet Copilot' teaching popover (Fluent TeachingPopover)",
                   lang=lang, context=cx_box(rng, (280, 360), (140, 220), pos="absolute"))


def _ddg_sidebar_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja"))
    title = T(_t("Assistant", "Assistent", "Assistant", "Asistente", "アシスタント"), lang)
    html = (f'<aside{_a(rng, [("class", _cx(rng, "Side", "assistant-panel", "sidebar--ai")), ("aria-label", f"Kagi {title}" if rng.random() < 0.5 else title)])}>'
            f'<header><h2>{esc(title)}</h2><select aria-label="Model"><option>Claude</option><option>GPT</option><option>Gemini</option></select>'
            f'<button aria-label="{esc(T(CLOSE, lang))}">×</button></header>'
            f'<div class="thread"><div class="msg msg--assistant">{esc(answer(rng, lang))}</div></div>'
            f'<form><textarea placeholder="{esc(T(ASK_ANYTHING, lang))}"></textarea><button type="submit">{esc(T(SEND, lang))}</button></form></aside>')
    return example(html, _url(rng, "kagi.com", ("/assistant", "/search")), 1, "ai_sidebar",
                   "generic pattern modelled on Kagi Assistant side panel (model picker, thread, prompt)", lang=lang,
                   context=cx_side(rng))


def examples():
    return run("pos_longtail_search", [
        _perplexity_sidebar_upsell, _perplexity_answer, _youcom_mode, _brave_leo_button, _brave_answer_with_ai,
        _opera_aria, _kagi_quick_answer, _ecosia_ai_chat, _bing_deep_search, _bing_copilot_answer, _yandex_alice,
        _naver_cue, _baidu_ai, _poe_quora, _so_ai_answer, _reddit_answers, _duckai, _qwant_startpage, _seznam_yahoo,
        _vivaldi_edge_promo, _ddg_sidebar_ai,
    ], 5)
