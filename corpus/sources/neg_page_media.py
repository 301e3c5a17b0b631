"""Ordinary page furniture (label 0): embedded media and social widgets —
video players (YouTube, Vimeo, <video>, JW Player, Video.js, Wistia, Plyr),
audio and podcast players, map embeds, comment threads (Disqus, native),
social share bars, embedded posts, image galleries and figures."""
from corpus.common import esc
from corpus.sources.neg_page_ui import (LANGS, _attrs, _box, _cls, _emit, _flow,
                                        _hid, _svg, _t)

_VIDEO_TITLES = {
    "en": ("How to fix a slow puncture in five minutes", "City council meeting – full session, 12 March", "Sourdough basics: feeding your starter"),
    "de": ("Fahrradschlauch wechseln in fünf Minuten", "Sauerteig richtig füttern", "Stadtratssitzung vom 12. März"),
    "fr": ("Réparer une crevaison en cinq minutes", "Les bases du levain", "Conseil municipal du 12 mars"),
    "es": ("Cómo arreglar un pinchazo en cinco minutos", "Masa madre para principiantes", "Pleno municipal del 12 de marzo"),
    "ja": ("5分でできるパンク修理", "天然酵母パンの基本", "市議会定例会（3月12日）"),
    "pt": ("Como consertar um pneu furado em cinco minutos", "Fermentação natural para iniciantes", "Sessão da câmara de 12 de março"),
    "it": ("Riparare una foratura in cinque minuti", "Lievito madre: le basi", "Consiglio comunale del 12 marzo"),
    "nl": ("Een lekke band plakken in vijf minuten", "Zuurdesem voor beginners", "Gemeenteraadsvergadering 12 maart"),
    "pl": ("Jak naprawić przebitą dętkę w pięć minut", "Zakwas dla początkujących", "Sesja rady miasta 12 marca"),
    "ko": ("5분 만에 자전거 펑크 수리하기", "천연 발효종 기초", "3월 12일 시의회 본회의"),
    "zh": ("五分钟修好自行车慢撒气", "天然酵种入门", "3 月 12 日市议会全体会议"),
    "sv": ("Laga en punktering på fem minuter", "Surdeg för nybörjare", "Kommunfullmäktige 12 mars"),
}

_COMMENTS = {
    "en": (("Maria K.", "Tried this last weekend and it worked perfectly. The tip about warming the water first made all the difference."),
           ("dave_r", "Does anyone know if the library branch on Elm Street is open on Sundays now?"),
           ("Priya", "Great write-up. I'd add that the ferry timetable changes in October, so check before you go.")),
    "de": (("Jonas W.", "Habe es am Wochenende ausprobiert und es hat super geklappt. Danke für die ausführliche Anleitung!"),
           ("Sabine", "Weiß jemand, ob die Bibliothek in der Lindenstraße sonntags geöffnet hat?")),
    "fr": (("Camille D.", "Testé ce week-end, ça marche très bien. Merci pour les explications claires !"),
           ("Luc", "Quelqu'un sait si le marché du samedi est maintenu pendant les travaux ?")),
    "es": (("Lucía M.", "Lo probé el fin de semana y salió perfecto. ¡Gracias por explicarlo tan bien!"),
           ("Andrés", "¿Alguien sabe si la biblioteca del centro abre los domingos?")),
    "ja": (("さくら", "週末に試してみたらうまくいきました。丁寧な説明ありがとうございます。"),
           ("たけし", "駅前の図書館は日曜日も開いていますか？")),
    "pt": (("Ana P.", "Testei no fim de semana e deu muito certo. Obrigada pela explicação!"),
           ("Rafael", "Alguém sabe se a feira de sábado continua durante as obras?")),
    "it": (("Giulia R.", "Provato nel weekend, funziona benissimo. Grazie per la spiegazione chiara!"),
           ("Marco", "Qualcuno sa se la biblioteca di via Roma è aperta la domenica?")),
    "nl": (("Sanne", "Afgelopen weekend geprobeerd en het werkte perfect. Bedankt voor de duidelijke uitleg!"),
           ("Pieter", "Weet iemand of de bibliotheek op zondag open is?")),
    "pl": (("Kasia", "Wypróbowałam w weekend i wszystko zadziałało. Dzięki za jasne wyjaśnienie!"),
           ("Tomek", "Czy ktoś wie, czy biblioteka przy Rynku jest otwarta w niedziele?")),
    "ko": (("지민", "주말에 따라 해 봤는데 잘 됐어요. 자세한 설명 감사합니다!"),
           ("민수", "시립 도서관이 일요일에도 여나요?")),
    "zh": (("小林", "周末试了一下，效果很好，谢谢详细的讲解！"),
           ("阿强", "有人知道市图书馆周日开门吗？")),
    "sv": (("Elin", "Testade i helgen och det fungerade perfekt. Tack för den tydliga förklaringen!"),
           ("Johan", "Vet någon om biblioteket har öppet på söndagar?")),
}

_CAPTIONS = {
    "en": ("The new footbridge opened to cyclists on Monday morning.", "Volunteers planting trees along the river path."),
    "de": ("Die neue Fußgängerbrücke wurde am Montagmorgen eröffnet.", "Freiwillige pflanzen Bäume am Flussufer."),
    "fr": ("La nouvelle passerelle a ouvert lundi matin.", "Des bénévoles plantent des arbres le long de la rivière."),
    "es": ("La nueva pasarela abrió el lunes por la mañana.", "Voluntarios plantan árboles junto al río."),
    "ja": ("月曜朝に開通した新しい歩道橋。", "川沿いの遊歩道で植樹をするボランティア。"),
    "pt": ("A nova passarela foi aberta na segunda-feira de manhã.", "Voluntários plantam árvores na margem do rio."),
    "it": ("La nuova passerella è stata aperta lunedì mattina.", "Volontari piantano alberi lungo il fiume."),
    "nl": ("De nieuwe voetgangersbrug ging maandagochtend open.", "Vrijwilligers planten bomen langs de rivier."),
    "pl": ("Nowa kładka została otwarta w poniedziałek rano.", "Wolontariusze sadzą drzewa nad rzeką."),
    "ko": ("월요일 아침 개통한 새 보행교.", "강변 산책로에 나무를 심는 자원봉사자들."),
    "zh": ("新人行桥于周一上午开放。", "志愿者在河边步道植树。"),
    "sv": ("Den nya gångbron öppnade på måndagsmorgonen.", "Frivilliga planterar träd längs ån."),
}


def _vid_id(rng):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))


def _youtube(rng, lang):
    vid = _vid_id(rng)
    title = rng.choice(_VIDEO_TITLES[lang])
    dom = rng.choice(("www.youtube.com", "www.youtube-nocookie.com", "www.youtube.com"))
    src = f"https://{dom}/embed/{vid}" + rng.choice(("", "?si=" + _hid(rng, 16), "?rel=0", "?start=" + str(rng.randint(10, 300))))
    w, h = rng.choice(((560, 315), (640, 360), (854, 480), (100, 100)))
    wa = ("width", "100%") if w == 100 else ("width", str(w))
    ha = ("height", "100%") if w == 100 else ("height", str(h))
    html = (f'<iframe{_attrs(rng, [wa, ha, ("src", src), ("title", title if rng.random() < 0.7 else "YouTube video player"), ("frameborder", "0"), ("allow", "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"), ("referrerpolicy", "strict-origin-when-cross-origin"), ("allowfullscreen", None)])}></iframe>')
    if rng.random() < 0.5:
        html = f'<div class="{_cls(rng, "video-embed", "ratio", "ratio-16x9", "wp-block-embed__wrapper")}">{html}</div>'
    return html, "video_player", "YouTube embed iframe (youtube.com/embed, youtube-nocookie) with standard allow list", _flow(rng, (320, 860), (180, 480), frame=src.split("?")[0])


def _lite_youtube(rng, lang):
    vid = _vid_id(rng)
    title = rng.choice(_VIDEO_TITLES[lang])
    html = (f'<lite-youtube videoid="{vid}" playlabel="{esc(_t("play", lang))}: {esc(title)}" style="background-image:url(\'https://i.ytimg.com/vi/{vid}/hqdefault.jpg\')">'
            f'<a href="https://youtube.com/watch?v={vid}" class="lty-playbtn" title="{esc(_t("play_video", lang))}"><span class="lyt-visually-hidden">{esc(title)}</span></a></lite-youtube>')
    return html, "video_player", "lite-youtube-embed <lite-youtube videoid playlabel> with .lty-playbtn", _flow(rng, (320, 860), (180, 480), shadow=False)


def _vimeo(rng, lang):
    vid = rng.randint(100000000, 999999999)
    title = rng.choice(_VIDEO_TITLES[lang])
    src = f"https://player.vimeo.com/video/{vid}?h={_hid(rng, 10)}&badge=0&autopause=0&player_id=0&app_id=58479"
    html = (f'<div style="padding:56.25% 0 0 0;position:relative;"><iframe src="{esc(src)}" frameborder="0" '
            f'allow="autoplay; fullscreen; picture-in-picture; clipboard-write" style="position:absolute;top:0;left:0;width:100%;height:100%;" '
            f'title="{esc(title)}"></iframe></div>')
    return html, "video_player", "Vimeo embed: responsive div > iframe[src^=player.vimeo.com/video]", _flow(rng, (320, 860), (180, 480), frame=f"https://player.vimeo.com/video/{vid}")


def _html5_video(rng, lang):
    name = rng.choice(("hero-loop", "product-demo", "store-tour", "recipe-step-3", "interview-clip"))
    autoplay = rng.random() < 0.4
    attrs = [("class", _cls(rng, "video", "hero__video")), ("poster", f"/media/{name}-poster.jpg"), ("preload", rng.choice(("metadata", "none", "auto")))]
    attrs += [("autoplay", None), ("muted", None), ("loop", None), ("playsinline", None)] if autoplay else [("controls", None)]
    track = (f'<track kind="captions" src="/media/{name}.{lang}.vtt" srclang="{lang}" label="{esc(_t("language", lang))}">' if not autoplay and rng.random() < 0.5 else "")
    html = (f'<video{_attrs(rng, attrs)}><source src="/media/{name}.webm" type="video/webm"><source src="/media/{name}.mp4" type="video/mp4">'
            f'{track}</video>')
    return html, "video_player", "HTML5 <video> with sources, poster and captions track", _flow(rng, (320, 1280), (180, 720))


def _jwplayer(rng, lang):
    pid = "jwplayer_" + _hid(rng, 8)
    html = (f'<div id="{pid}" class="jwplayer jw-reset jw-state-idle jw-stretch-uniform jw-flag-aspect-mode jw-breakpoint-{rng.randint(2, 5)} jw-floating-dismissible" '
            f'tabindex="0" aria-label="Video Player" role="application"><div class="jw-aspect jw-reset" style="padding-top:56.25%"></div>'
            f'<div class="jw-wrapper jw-reset"><div class="jw-media jw-reset"><video class="jw-video jw-reset" tabindex="-1" disableremoteplayback="" webkit-playsinline="" playsinline=""></video></div>'
            f'<div class="jw-preview jw-reset" style="background-image:url(https://cdn.jwplayer.com/v2/media/{_hid(rng, 8)}/poster.jpg?width=720)"></div>'
            f'<div class="jw-controls jw-reset"><div class="jw-display jw-reset"><div class="jw-display-container jw-reset"><div class="jw-display-controls jw-reset">'
            f'<div class="jw-display-icon-container jw-display-icon-display jw-reset"><div class="jw-icon jw-icon-display jw-button-color jw-reset" role="button" tabindex="0" '
            f'aria-label="{esc(_t("play", lang))}"></div></div></div></div></div></div></div></div>')
    return html, "video_player", "JW Player 8 div.jwplayer[role=application][aria-label='Video Player'] with jw-icon-display", _flow(rng, (320, 860), (180, 480))


def _videojs(rng, lang):
    pid = "vjs_video_" + str(rng.randint(1, 9999))
    html = (f'<div id="{pid}" class="video-js vjs-default-skin vjs-big-play-centered vjs-paused vjs-fluid {pid}-dimensions vjs-controls-enabled vjs-workinghover vjs-v8 vjs-user-inactive" '
            f'tabindex="-1" lang="{lang}" role="region" aria-label="Video Player"><video class="vjs-tech" id="{pid}_html5_api" tabindex="-1" preload="auto" '
            f'poster="/media/poster-{_hid(rng, 4)}.jpg" src="/media/clip-{_hid(rng, 4)}.mp4"></video><div class="vjs-poster" aria-disabled="false"></div>'
            f'<button class="vjs-big-play-button" type="button" title="{esc(_t("play_video", lang))}" aria-disabled="false"><span class="vjs-icon-placeholder" aria-hidden="true"></span>'
            f'<span class="vjs-control-text" aria-live="polite">{esc(_t("play_video", lang))}</span></button><div class="vjs-control-bar" dir="ltr">'
            f'<button class="vjs-play-control vjs-control vjs-button" type="button" title="{esc(_t("play", lang))}" aria-disabled="false"><span class="vjs-icon-placeholder" aria-hidden="true"></span>'
            f'<span class="vjs-control-text" aria-live="polite">{esc(_t("play", lang))}</span></button><button class="vjs-mute-control vjs-control vjs-button vjs-vol-3" type="button" '
            f'title="{esc(_t("mute", lang))}" aria-disabled="false"><span class="vjs-icon-placeholder" aria-hidden="true"></span><span class="vjs-control-text" aria-live="polite">{esc(_t("mute", lang))}</span></button>'
            f'<button class="vjs-fullscreen-control vjs-control vjs-button" type="button" title="{esc(_t("fullscreen", lang))}" aria-disabled="false"><span class="vjs-icon-placeholder" aria-hidden="true"></span>'
            f'<span class="vjs-control-text" aria-live="polite">{esc(_t("fullscreen", lang))}</span></button></div></div>')
    return html, "video_player", "Video.js 8 player div.video-js with vjs-big-play-button and control bar", _flow(rng, (320, 860), (180, 480))


def _wistia_plyr(rng, lang):
    if rng.random() < 0.5:
        mid = _hid(rng, 10)
        html = (f'<div class="wistia_responsive_padding" style="padding:56.25% 0 0 0;position:relative;"><div class="wistia_responsive_wrapper" style="height:100%;left:0;position:absolute;top:0;width:100%;">'
                f'<div class="wistia_embed wistia_async_{mid} seo=true videoFoam=true" style="height:100%;position:relative;width:100%">'
                f'<div class="wistia_swatch" style="height:100%;left:0;opacity:0;overflow:hidden;position:absolute;top:0;transition:opacity 200ms;width:100%;">'
                f'<img src="https://fast.wistia.com/embed/medias/{mid}/swatch" style="filter:blur(5px);height:100%;object-fit:contain;width:100%;" alt="" aria-hidden="true"></div></div></div></div>')
        return html, "video_player", "Wistia async embed .wistia_embed.wistia_async_<id> with swatch", _flow(rng, (320, 860), (180, 480))
    html = (f'<div class="plyr plyr--full-ui plyr--video plyr--html5 plyr--fullscreen-enabled plyr--paused plyr--stopped plyr__poster-enabled" tabindex="0">'
            f'<div class="plyr__controls"><button class="plyr__controls__item plyr__control" type="button" data-plyr="play" aria-pressed="false" aria-label="{esc(_t("play", lang))}">'
            f'{_svg(rng)}<span class="plyr__sr-only">{esc(_t("play", lang))}</span></button><div class="plyr__controls__item plyr__progress__container"><div class="plyr__progress">'
            f'<input data-plyr="seek" type="range" min="0" max="100" step="0.01" value="0" autocomplete="off" role="slider" aria-label="Seek" aria-valuemin="0" aria-valuemax="{rng.randint(30, 900)}" aria-valuenow="0"></div></div>'
            f'<button class="plyr__controls__item plyr__control" type="button" data-plyr="fullscreen" aria-pressed="false" aria-label="{esc(_t("fullscreen", lang))}">{_svg(rng)}</button></div>'
            f'<div class="plyr__video-wrapper"><video playsinline poster="/media/poster.jpg"><source src="/media/clip.mp4" type="video/mp4"></video></div>'
            f'<button type="button" class="plyr__control plyr__control--overlaid" data-plyr="play" aria-pressed="false" aria-label="{esc(_t("play", lang))}">{_svg(rng)}</button></div>')
    return html, "video_player", "Plyr player div.plyr with data-plyr controls", _flow(rng, (320, 860), (180, 480))


def _audio(rng, lang):
    style = rng.randrange(4)
    if style == 0:
        ep = rng.randint(12, 240)
        html = (f'<figure class="{_cls(rng, "wp-block-audio", "podcast-episode")}"><figcaption>Episode {ep}</figcaption>'
                f'<audio controls preload="none" src="https://media.{rng.choice(("podhost.fm", "cdn.audiofeed.net", "traffic.megaphone.fm"))}/ep{ep}.mp3"></audio></figure>')
        return html, "audio_player", "HTML5 <audio controls> podcast episode (WordPress audio block)", _flow(rng, (300, 700), (54, 90))
    if style == 1:
        sid = _hid(rng, 22)
        kind = rng.choice(("episode", "playlist", "album", "show"))
        src = f"https://open.spotify.com/embed/{kind}/{sid}?utm_source=generator"
        html = (f'<iframe style="border-radius:12px" src="{src}" width="100%" height="{rng.choice((152, 232, 352))}" frameBorder="0" allowfullscreen="" '
                f'allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>')
        return html, "audio_player", "Spotify embed iframe open.spotify.com/embed", _flow(rng, (300, 700), (152, 352), frame=src.split("?")[0])
    if style == 2:
        tid = rng.randint(100000000, 1900000000)
        html = (f'<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" '
                f'src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/{tid}&color=%23ff5500&auto_play=false&hide_related=false&show_comments=true"></iframe>')
        return html, "audio_player", "SoundCloud widget iframe w.soundcloud.com/player", _flow(rng, (300, 700), (166, 166), frame="https://w.soundcloud.com/player/")
    html = (f'<div class="{_cls(rng, "audio-player", "sticky-player")}" role="region" aria-label="Audio player">'
            f'<button type="button" class="{_cls(rng, "audio-player__play")}" aria-label="{esc(_t("play", lang))}">{_svg(rng)}</button>'
            f'<div class="{_cls(rng, "audio-player__meta")}"><span class="{_cls(rng, "audio-player__title")}">{esc(rng.choice(_VIDEO_TITLES[lang]))}</span>'
            f'<input type="range" min="0" max="{rng.randint(600, 3600)}" value="0" aria-label="Seek"></div>'
            f'<button type="button" aria-label="{esc(_t("mute", lang))}">{_svg(rng)}</button></div>')
    return html, "audio_player", "generic pattern: sticky podcast/radio mini-player at the bottom", _box(rng, "bottom", 100, (56, 72))


def _map(rng, lang):
    style = rng.randrange(4)
    if style == 0:
        pb = f"!1m18!1m12!1m3!1d{rng.randint(1000, 9999)}.{rng.randint(100, 999)}!2d{rng.uniform(-9, 25):.4f}!3d{rng.uniform(35, 60):.4f}!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x{_hid(rng, 16)}!2s!5e0!3m2!1s{lang}!2s!4v{rng.randint(1600000000000, 1790000000000)}"
        src = f"https://www.google.com/maps/embed?pb={pb}"
        html = (f'<iframe src="{esc(src)}" width="{rng.choice((600, 400, 800))}" height="450" style="border:0;" allowfullscreen="" loading="lazy" '
                f'referrerpolicy="no-referrer-when-downgrade"{" title=" + chr(34) + "Google Maps" + chr(34) if rng.random() < 0.5 else ""}></iframe>')
        return html, "map", "Google Maps embed iframe (maps/embed?pb=…)", _flow(rng, (400, 800), (300, 450), frame="https://www.google.com/maps/embed")
    if style == 1:
        lon, lat = rng.uniform(-9, 25), rng.uniform(35, 60)
        src = f"https://www.openstreetmap.org/export/embed.html?bbox={lon:.4f}%2C{lat:.4f}%2C{lon + 0.02:.4f}%2C{lat + 0.01:.4f}&layer=mapnik"
        html = (f'<iframe width="425" height="350" src="{src}" style="border:1px solid black"></iframe><br><small>'
                f'<a href="https://www.openstreetmap.org/#map=16/{lat:.4f}/{lon:.4f}">{esc(_t("see_all", lang))}</a></small>')
        return html, "map", "OpenStreetMap export embed iframe", _flow(rng, (400, 600), (350, 380), frame="https://www.openstreetmap.org/export/embed.html")
    if style == 2:
        html = (f'<div id="map-{_hid(rng, 4)}" class="leaflet-container leaflet-touch leaflet-fade-anim leaflet-grab leaflet-touch-drag leaflet-touch-zoom" tabindex="0">'
                f'<div class="leaflet-pane leaflet-map-pane"></div><div class="leaflet-control-container"><div class="leaflet-top leaflet-left">'
                f'<div class="leaflet-control-zoom leaflet-bar leaflet-control"><a class="leaflet-control-zoom-in" href="#" title="{esc(_t("zoom_in", lang))}" role="button" aria-label="{esc(_t("zoom_in", lang))}" aria-disabled="false"><span aria-hidden="true">+</span></a>'
                f'<a class="leaflet-control-zoom-out" href="#" title="{esc(_t("zoom_out", lang))}" role="button" aria-label="{esc(_t("zoom_out", lang))}" aria-disabled="false"><span aria-hidden="true">−</span></a></div></div>'
                f'<div class="leaflet-bottom leaflet-right"><div class="leaflet-control-attribution leaflet-control"><a href="https://leafletjs.com" title="A JavaScript library for interactive maps">Leaflet</a> | © '
                f'<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a></div></div></div></div>')
        return html, "map", "Leaflet map container with zoom controls and OSM attribution", _flow(rng, (400, 1200), (300, 600))
    html = (f'<div class="mapboxgl-control-container"><div class="mapboxgl-ctrl-top-right"><div class="mapboxgl-ctrl mapboxgl-ctrl-group">'
            f'<button class="mapboxgl-ctrl-zoom-in" type="button" aria-label="{esc(_t("zoom_in", lang))}" aria-disabled="false"><span class="mapboxgl-ctrl-icon" aria-hidden="true" title="{esc(_t("zoom_in", lang))}"></span></button>'
            f'<button class="mapboxgl-ctrl-zoom-out" type="button" aria-label="{esc(_t("zoom_out", lang))}" aria-disabled="false"><span class="mapboxgl-ctrl-icon" aria-hidden="true" title="{esc(_t("zoom_out", lang))}"></span></button>'
            f'<button class="mapboxgl-ctrl-compass" type="button" aria-label="Reset bearing to north"><span class="mapboxgl-ctrl-icon" aria-hidden="true"></span></button></div>'
            f'<div class="mapboxgl-ctrl mapboxgl-ctrl-group"><button class="mapboxgl-ctrl-geolocate" type="button" aria-label="Find my location" aria-disabled="false"><span class="mapboxgl-ctrl-icon" aria-hidden="true"></span></button></div></div>'
            f'<div class="mapboxgl-ctrl-bottom-left"><div class="mapboxgl-ctrl" style="display:block;"><a class="mapboxgl-ctrl-logo" target="_blank" rel="noopener nofollow" href="https://www.mapbox.com/" aria-label="Mapbox logo"></a></div></div></div>')
    return html, "map", "Mapbox GL JS control container (zoom/compass/geolocate)", _flow(rng, (400, 1200), (300, 600))


def _store_locator(rng, lang):
    stores = rng.sample(("Market Street 12", "Hauptstraße 48", "Rue de la Paix 7", "Calle Mayor 21", "Via Roma 3", "Kerkstraat 90", "Drottninggatan 5"), 2)
    lis = "".join(f'<li class="{_cls(rng, "store-card")}"><h3>{esc(s)}</h3><p>09:00–19:00</p><a href="https://www.google.com/maps/dir/?api=1&destination={esc(s.replace(" ", "+"))}" '
                  f'target="_blank" rel="noopener">{esc(_t("directions", lang))}</a></li>' for s in stores)
    html = f'<ul class="{_cls(rng, "store-list")}" aria-label="Stores">{lis}</ul>'
    return html, "store_locator", "generic pattern: store-locator list with Google Maps directions links", _flow(rng, (300, 500), (200, 400))


def _disqus(rng, lang):
    did = rng.randint(10000, 99999)
    short = rng.choice(("cityherald", "techdaily", "gamerden", "designly", "homebrewsupply", "lequotidien", "stadtanzeiger"))
    src = f"https://disqus.com/embed/comments/?base=default&f={short}&t_u=https%3A%2F%2Fexample&s_o=default#version={_hid(rng, 32)}"
    html = (f'<div id="disqus_thread"><iframe id="dsq-app{did}" name="dsq-app{did}" allowtransparency="true" frameborder="0" scrolling="no" tabindex="0" '
            f'title="Disqus" width="100%" src="{esc(src)}" style="width:1px !important;min-width:100% !important;border:none !important;overflow:hidden !important;height:{rng.randint(600, 3000)}px !important;" '
            f'horizontalscrolling="no" verticalscrolling="no"></iframe></div>')
    if rng.random() < 0.4:
        html = '<div id="disqus_recommendations" style="display:none"></div>' + html
    return html, "comments", "Disqus embed #disqus_thread > iframe#dsq-appN[title=Disqus]", _flow(rng, (600, 900), (600, 2400), frame="https://disqus.com/embed/comments/")


def _native_comments(rng, lang):
    comments = list(_COMMENTS[lang])
    rng.shuffle(comments)
    comments = comments[:rng.randint(1, len(comments))]
    style = rng.randrange(2)
    if style == 0:
        lis = "".join(
            f'<li id="comment-{rng.randint(1000, 99999)}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{_hid(rng, 32)}?s=56&d=mm&r=g" class="avatar avatar-56 photo" height="56" width="56" loading="lazy">'
            f'<b class="fn">{esc(a)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment"><time datetime="2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:2{rng.randint(0, 9)}:00+00:00">'
            f'{rng.randint(1, 28)}.0{rng.randint(1, 9)}.2026</time></a></div></footer><div class="comment-content"><p>{esc(c)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" aria-label="{esc(_t("reply", lang))} {esc(a)}">{esc(_t("reply", lang))}</a></div></article></li>'
            for a, c in comments)
        html = f'<ol class="comment-list">{lis}</ol>'
        src = "WordPress comment list ol.comment-list > li.comment > article.comment-body"
    else:
        lis = "".join(
            f'<article class="{_cls(rng, "comment")}" data-comment-id="{rng.randint(100000, 999999)}"><header><span class="{_cls(rng, "comment__author")}">{esc(a)}</span>'
            f'<time class="{_cls(rng, "comment__time")}">{rng.randint(1, 23)} h</time></header><p>{esc(c)}</p><footer>'
            f'<button type="button" class="{_cls(rng, "comment__like")}" aria-pressed="false">{_svg(rng)} {rng.randint(0, 40)}</button>'
            f'<button type="button" class="{_cls(rng, "comment__reply")}">{esc(_t("reply", lang))}</button></footer></article>' for a, c in comments)
        html = f'<section class="{_cls(rng, "comments")}" aria-label="{esc(_t("comments", lang))}"><h2>{esc(_t("comments", lang))} ({len(comments)})</h2>{lis}</section>'
        src = "generic pattern: native comment thread with like/reply buttons"
    return html, "comments", src, _flow(rng, (600, 900), (200, 1200))


def _comment_form(rng, lang):
    html = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{esc(_t("write_comment", lang).rstrip("…. "))}</h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            f'<p class="comment-form-comment"><label for="comment">{esc(_t("comments", lang))} <span class="required">*</span></label>'
            f'<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required placeholder="{esc(_t("write_comment", lang))}"></textarea></p>'
            f'<p class="comment-form-author"><label for="author">{esc(_t("full_name", lang))}</label><input id="author" name="author" type="text" size="30" maxlength="245" autocomplete="name"></p>'
            f'<p class="comment-form-email"><label for="email">{esc(_t("email", lang))}</label><input id="email" name="email" type="email" size="30" maxlength="100" autocomplete="email"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{esc(_t("post_comment", lang))}"></p></form></div>')
    return html, "comment_form", "WordPress comment_form(): #respond > form#commentform", _flow(rng, (500, 800), (360, 520))


def _share(rng, lang):
    nets = [("Facebook", "https://www.facebook.com/sharer/sharer.php?u="), ("X", "https://x.com/intent/post?url="),
            ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url="), ("WhatsApp", "https://api.whatsapp.com/send?text="),
            ("Pinterest", "https://pinterest.com/pin/create/button/?url="), ("Reddit", "https://www.reddit.com/submit?url="),
            ("Email", "mailto:?subject=")]
    chosen = rng.sample(nets, rng.randint(3, 6))
    style = rng.randrange(4)
    if style == 0:
        links = "".join(f'<a class="a2a_button_{n.lower() if n != "X" else "x"}" href="https://www.addtoany.com/add_to/{n.lower()}?linkurl=" title="{n}" rel="nofollow noopener" target="_blank">'
                        f'<span class="a2a_svg a2a_s__default a2a_s_{n.lower()}"></span><span class="a2a_label">{n}</span></a>' for n, _ in chosen)
        html = f'<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="" data-a2a-title="">{links}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div>'
        src = "AddToAny share kit div.a2a_kit with a2a_button_* links"
    elif style == 1:
        html = f'<div class="sharethis-inline-share-buttons st-center st-has-labels st-inline-share-buttons st-animated" id="st-{rng.randint(1, 3)}"></div>'
        if rng.random() < 0.6:
            html = ('<div class="sharethis-sticky-share-buttons st-left st-sticky-share-buttons st-hide-label st-has-labels" id="st-1">'
                    + "".join(f'<div class="st-btn" data-network="{n.lower()}" style="display:inline-block"><img alt="{n} sharing button" src="https://platform-cdn.sharethis.com/img/{n.lower()}.svg"></div>' for n, _ in chosen)
                    + '</div>')
        src = "ShareThis inline/sticky share buttons (.sharethis-inline-share-buttons / .st-sticky-share-buttons)"
        if "sticky" in html:
            return html, "share_bar", src, _box(rng, "left", (40, 48), (160, 300))
    elif style == 2:
        links = "".join(f'<li><a href="{u}" class="{_cls(rng, "share__link", "share__link--" + n.lower())}" aria-label="{esc(_t("share_on", lang, n))}" target="_blank" rel="noopener">{_svg(rng)}</a></li>' for n, u in chosen)
        copy = f'<li><button type="button" class="{_cls(rng, "share__copy")}" data-copy-url>{esc(_t("copy_link", lang))}</button></li>' if rng.random() < 0.6 else ""
        html = f'<ul class="{_cls(rng, "share", "share-bar")}" aria-label="{esc(_t("share", lang))}">{links}{copy}</ul>'
        src = "generic pattern: article share bar with per-network links and copy-link button"
    else:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "share-button", "btn-icon")), ("aria-label", _t("share", lang)), ("data-share-title", rng.choice(_VIDEO_TITLES[lang]))])}>'
                f'{_svg(rng, "M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4A3 3 0 1 0 15 7l-6.7 3.4a3 3 0 1 0 0 3.2L15 17a3 3 0 1 0 3-1z")}'
                f'<span>{esc(_t("share", lang))}</span></button>')
        src = "generic pattern: Web Share API share button"
    return html, "share_bar", src, _flow(rng, (120, 480), (32, 48))


def _embed_post(rng, lang):
    if rng.random() < 0.5:
        handle = rng.choice(("cityherald", "metro_updates", "weatherline", "parcelpilot", "stadtwerke_nord"))
        text = rng.choice(_CAPTIONS[lang])
        html = (f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="{lang}" dir="ltr">{esc(text)}</p>&mdash; {handle} (@{handle}) '
                f'<a href="https://twitter.com/{handle}/status/{rng.randint(10 ** 18, 2 * 10 ** 18)}">{rng.randint(1, 28)}.0{rng.randint(1, 9)}.2026</a></blockquote>')
        return html, "social_embed", "embedded tweet blockquote.twitter-tweet (before widgets.js upgrade)", _flow(rng, (400, 550), (200, 600))
    code = _hid(rng, 11)
    html = (f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/{code}/?utm_source=ig_embed&amp;utm_campaign=loading" '
            f'data-instgrm-version="14" style="background:#FFF;border:0;border-radius:3px;max-width:540px;min-width:326px;width:99.375%;">'
            f'<div style="padding:16px;"><a href="https://www.instagram.com/p/{code}/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">'
            f'{esc(rng.choice(_CAPTIONS[lang]))}</a></div></blockquote>')
    return html, "social_embed", "Instagram embed blockquote.instagram-media[data-instgrm-permalink]", _flow(rng, (326, 540), (400, 700))


def _gallery(rng, lang):
    style = rng.randrange(3)
    cap = rng.choice(_CAPTIONS[lang])
    if style == 0:
        n = rng.randint(2, 6)
        html = (f'<div class="pswp pswp--open pswp--ui-visible pswp--has_mouse" aria-modal="true" role="dialog" tabindex="-1"><div class="pswp__bg"></div>'
                f'<div class="pswp__scroll-wrap" aria-roledescription="carousel"><div class="pswp__container"><div class="pswp__item" aria-roledescription="slide" aria-label="1 / {n}">'
                f'<div class="pswp__zoom-wrap"><img class="pswp__img" src="/uploads/2026/photo-{_hid(rng, 4)}.jpg" alt="{esc(cap)}"></div></div></div></div>'
                f'<button class="pswp__button pswp__button--close" title="{esc(_t("close", lang))}" type="button">{_svg(rng, "M6 6l12 12M18 6L6 18")}</button>'
                f'<button class="pswp__button pswp__button--zoom" title="{esc(_t("zoom_in", lang))}" type="button">{_svg(rng)}</button>'
                f'<div class="pswp__counter">1 / {n}</div><button class="pswp__button pswp__button--arrow--next pswp__button--arrow" title="{esc(_t("next", lang))}" type="button">{_svg(rng)}</button></div>')
        return html, "lightbox", "PhotoSwipe 5 open lightbox div.pswp[role=dialog]", _box(rng, "full", 100, 100, z=100000)
    if style == 1:
        imgs = "".join(f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/0{rng.randint(1, 9)}/img-{_hid(rng, 4)}-1024x683.jpg" alt=""></figure>'
                       for _ in range(rng.randint(2, 4)))
        html = f'<figure class="wp-block-gallery has-nested-images columns-{rng.randint(2, 3)} is-cropped">{imgs}<figcaption class="blocks-gallery-caption wp-element-caption">{esc(cap)}</figcaption></figure>'
        return html, "gallery", "WordPress gallery block figure.wp-block-gallery", _flow(rng, (600, 900), (300, 700))
    html = (f'<figure class="{_cls(rng, "article-figure", "figure")}"><picture><source type="image/avif" srcset="/img/{_hid(rng, 6)}.avif 1x">'
            f'<img src="/img/{_hid(rng, 6)}.jpg" alt="{esc(cap)}" width="{rng.choice((800, 1200))}" height="{rng.choice((450, 675))}" loading="lazy"></picture>'
            f'<figcaption class="{_cls(rng, "figure__caption")}">{esc(cap)} <span class="{_cls(rng, "credit")}">Foto: {esc(rng.choice(("M. Weber", "J. Smith", "A. Rossi", "K. Tanaka", "L. Martin")))}</span></figcaption></figure>')
    return html, "figure", "generic pattern: article figure with picture and captioned credit", _flow(rng, (600, 900), (300, 700))


def examples():
    templates = [
        ("youtube", _youtube, 45, LANGS),
        ("lite_youtube", _lite_youtube, 12, LANGS),
        ("vimeo", _vimeo, 20, LANGS),
        ("html5_video", _html5_video, 18, LANGS),
        ("jwplayer", _jwplayer, 14, LANGS),
        ("videojs", _videojs, 14, LANGS),
        ("wistia_plyr", _wistia_plyr, 14, LANGS),
        ("audio", _audio, 22, LANGS),
        ("map", _map, 30, LANGS),
        ("store_locator", _store_locator, 10, LANGS),
        ("disqus", _disqus, 18, LANGS),
        ("native_comments", _native_comments, 30, LANGS),
        ("comment_form", _comment_form, 14, LANGS),
        ("share", _share, 36, LANGS),
        ("embed_post", _embed_post, 16, LANGS),
        ("gallery", _gallery, 22, LANGS),
    ]
    paths = ("/article/{n}", "/news/world/{n}", "/blog/2026/03/spring-notes", "/recipes/{n}", "/videos/{n}", "/podcast/episode-{n}",
             "/contact", "/stores", "/locations/berlin", "/watch/{n}", "/how-to/fix-a-puncture", "/events/{n}", "/")
    return _emit("neg_page_media", templates, paths, wrap_p=0.35)
