"""``bilat add-source`` reads an article as the analyst saved it: a web page's main text
(not its menus, ads and comments) and metadata, Markdown, or plain text; flags override
what the file says; and the reading libraries load only when a page is read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from bilat.store import Source, Store


def stored(db: Path, source_id: str) -> Source:
    source = Store.open(db).get(source_id)
    assert isinstance(source, Source)
    return source


PAGE = """<!doctype html>
<html lang="fr"><head>
<title>Oran : Tosyali lance un complexe d’acier plat | Le Quotidien d’Oran</title>
<link rel="canonical" href="https://example.org/eco/tosyali-acier-plat">
<meta property="og:site_name" content="Le Quotidien d’Oran">
<meta property="og:title" content="Tosyali lance un complexe d’acier plat">
<meta name="author" content="Karim B.">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
</head><body>
<nav class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Économie</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad banner">PUBLICITÉ — Offre spéciale : abonnez-vous pour 1 dinar</div>
<main><article>
<h1>Tosyali lance un complexe d’acier plat</h1>
<p>La société turque Tosyali a lancé lundi la construction d’un complexe d’acier plat à
Béthioua, dans la wilaya d’Oran. Le complexe produira 2 millions de tonnes par an.</p>
<p>Le projet, d’un coût de 1,5 milliard de dollars, créera 2 500 emplois directs d’ici 2026,
selon la direction de l’entreprise.</p>
</article></main>
<aside class="related"><h3>À lire aussi</h3>
<ul><li><a href="/x">Le prix du ciment flambe</a></li></ul></aside>
<section id="comments" class="comments"><h3>Commentaires (2)</h3>
<div class="comment"><p>Bravo, enfin de l’emploi pour nos jeunes !</p></div>
<div class="comment"><p>Et les salaires alors ?</p></div></section>
<footer>© 2024 Le Quotidien d’Oran — Mentions légales — Contact</footer>
</body></html>
"""


def test_a_saved_page_yields_only_the_articles_text_and_its_metadata(
    tmp_path: Path, run_bilat: Any
) -> None:
    page = tmp_path / "article.html"
    page.write_text(PAGE, "utf-8")
    db = tmp_path / "db.json"
    result = run_bilat("add-source", page, db=db)
    assert result.returncode == 0, result.stderr
    source_id = result.stdout.strip()
    source = stored(db, source_id)
    text = source.text
    assert "La société turque Tosyali a lancé lundi" in text
    assert "2 500 emplois directs" in text
    for noise in (
        "Accueil",
        "PUBLICITÉ",
        "abonnez-vous",
        "À lire aussi",
        "ciment",
        "Commentaires",
        "Bravo",
        "salaires",
        "Mentions légales",
    ):
        assert noise not in text, noise
    assert source.title == "Tosyali lance un complexe d’acier plat"
    assert source.url == "https://example.org/eco/tosyali-acier-plat"
    assert source.publisher == "Le Quotidien d’Oran"
    assert source.lang == "fr"
    assert source.published is not None and source.published.earliest == "2024-03-05"
    # What the page says is proposed from its text alone.
    proposed = run_bilat("propose", source_id, "--format", "json", db=db)
    assert '"field":"jobs"' in proposed.stdout and "Commentaires" not in proposed.stdout


def test_flags_override_what_the_page_says(tmp_path: Path, run_bilat: Any) -> None:
    page = tmp_path / "article.htm"
    page.write_text(PAGE, "utf-8")
    db = tmp_path / "db.json"
    result = run_bilat(
        "add-source",
        page,
        "--title",
        "Mon titre",
        "--published",
        "2024-03-04",
        "--publisher",
        "APS",
        "--url",
        "https://aps.dz/x",
        "--lang",
        "en",
        db=db,
    )
    assert result.returncode == 0, result.stderr
    source = stored(db, result.stdout.strip())
    assert (source.title, source.publisher, source.url, source.lang) == (
        "Mon titre",
        "APS",
        "https://aps.dz/x",
        "en",
    )
    assert source.published.earliest == "2024-03-04"


def test_markdown_and_plain_text(tmp_path: Path, run_bilat: Any) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        "# Une usine à Oran\n\nLa société **Tosyali** a lancé [un projet](https://x.org).\n",
        "utf-8",
    )
    db = tmp_path / "db.json"
    result = run_bilat("add-source", note, db=db)
    assert result.returncode == 0, result.stderr
    source = stored(db, result.stdout.strip())
    assert source.title == "Une usine à Oran"
    assert source.text == "Une usine à Oran\n\nLa société Tosyali a lancé un projet."
    plain = tmp_path / "note.txt"
    plain.write_text("Un texte sans titre.\n", "utf-8")
    result = run_bilat("add-source", plain, db=db)
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"bilat: error: {plain}: give the source a --title (the file names none)"
    )


def test_a_page_without_an_article_is_one_line(tmp_path: Path, run_bilat: Any) -> None:
    page = tmp_path / "empty.html"
    page.write_text(
        "<html><head><title>Vide</title></head>"
        "<body><nav><a href='/'>Accueil</a></nav></body></html>",
        "utf-8",
    )
    result = run_bilat("add-source", page, db=tmp_path / "db.json")
    assert result.returncode == 1
    assert result.stderr.startswith(f"bilat: error: {page}: no article text found")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_explorer_and_the_store_load_no_reading_library(tmp_path: Path) -> None:
    """The lexicons, trafilatura, rapidfuzz and pycountry load on the first reading, never
    when the explorer starts."""
    probe = (
        "import sys\n"
        "import bilat.tui.app, bilat.tui.cli, bilat.store\n"
        "heavy = ('trafilatura', 'rapidfuzz', 'pycountry', 'bilat.store.extract')\n"
        "print(','.join(n for n in sys.modules if n.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
    )
    assert result.stdout.strip() == ""
