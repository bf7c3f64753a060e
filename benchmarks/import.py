"""How fast import reads a long Word document, and what hostile sources cost.

The main case is a generated 100-page ``.docx`` (about 50,000 words: a part every ten
pages, a section with a byline, a takeaways list, six paragraphs with bold, italic and a
link on each page, a photo every five pages); issue 15 asks for an import in at most 2 s.
The same document as an ``.odt`` is measured beside it.
Each hostile case runs in a fresh interpreter so its peak memory (max RSS) is its own;
issue 19 asks for at most 5 s and 500 MB each, imported or refused:

- ``divs_10k``: ten thousand nested ``<div>``s; ``lists_10k_md``: ten thousand nested
  Markdown list markers; ``paragraph_1mb_md``: a one-megabyte paragraph full of escaped
  mark characters (the worst case for Markdown's inline parser); ``source_100mb``: a
  100 MB text file (refused by its size, unread).

Run: ``python benchmarks/import.py`` (five runs of the main case, the median counts);
``--smoke`` imports a 10-page document once and runs no hostile case (for ``make test``).
The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PILImage

from models.importing import import_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SENTENCE = (
    "De gemeente werkt samen met maatschappelijke partners aan een toegankelijke "
    "dienstverlening voor alle inwoners en zoekt daarbij naar ruimte voor professionals"
)
WORDS = SENTENCE.split(" ")
NAMES = ("Jan Jansen", "Anna de Vries", "Piet Bakker", "Fatima El Amrani", "Kees Visser")


def _run(text: str, bold: bool = False, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(runs: str, style: str = "", num: bool = False) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


def _sentence(n: int) -> str:
    return " ".join(WORDS[(n + i) % len(WORDS)] for i in range(14)).capitalize() + "."


def make_docx(pages: int) -> bytes:
    """A Word document of about ``pages`` pages (some 500 words each)."""
    body: list[str] = [_p(_run("Verslag van de netwerkdag"), "Title")]
    rels: list[str] = []
    media: dict[str, bytes] = {}
    for page in range(pages):
        if page % 10 == 0:
            body.append(_p(_run(f"Dagdeel {page // 10 + 1}"), "Heading1"))
        body.append(_p(_run(f"Sessie {page + 1}: samen werken aan toegang"), "Heading2"))
        body.append(_p(_run(f"Door {NAMES[page % 5]}, adviseur bij de gemeente Lindenburg")))
        body += [_p(_run(_sentence(page + i)), num=True) for i in range(3)]
        for paragraph in range(6):
            runs = _run(" ".join(_sentence(page * 6 + paragraph + s) for s in range(5)))
            runs += _run(" Belangrijk", bold=True) + _run(" en", italic=True)
            runs += f'<w:hyperlink r:id="rLink">{_run(" meer lezen")}</w:hyperlink>'
            body.append(_p(runs))
        if page % 5 == 0:
            name = f"image{page}.png"
            buffer = io.BytesIO()
            PILImage.new("RGB", (400, 300), (page % 255, 85, 127)).save(buffer, "PNG")
            media[name] = buffer.getvalue()
            rels.append(f'<Relationship Id="rImg{page}" Type="{R}/image" Target="media/{name}"/>')
            body.append(
                f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="{W}d"><wp:docPr id="{page}" '
                f'descr="Foto van sessie {page + 1}"/><a:graphic xmlns:a="{W}a"><a:blip '
                f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                f'r:embed="rImg{page}"/></a:graphic></wp:inline></w:drawing></w:r></w:p>'
            )
    rels.append(
        f'<Relationship Id="rLink" Type="{R}/hyperlink" Target="https://example.org/" '
        'TargetMode="External"/>'
    )
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in (("Title", "Title"), ("Heading1", "heading 1"), ("Heading2", "heading 2"))
    )
    members = {
        "word/document.xml": f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
        + "".join(body)
        + "</w:body></w:document>",
        "word/styles.xml": f'<w:styles xmlns:w="{W}">{styles}</w:styles>',
        "word/numbering.xml": f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1">'
        '<w:abstractNumId w:val="0"/></w:num></w:numbering>',
        "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.'
        f'org/package/2006/relationships">{"".join(rels)}</Relationships>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
        for name, data in media.items():
            archive.writestr(f"word/media/{name}", data, zipfile.ZIP_STORED)
    return buffer.getvalue()


ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def make_odt(pages: int) -> bytes:
    """The same document as :func:`make_docx`, as an OpenDocument text."""
    body: list[str] = ['<text:p text:style-name="Title">Verslag van de netwerkdag</text:p>']
    pictures: dict[str, bytes] = {}
    for page in range(pages):
        if page % 10 == 0:
            body.append(f'<text:h text:outline-level="1">Dagdeel {page // 10 + 1}</text:h>')
        body.append(f'<text:h text:outline-level="2">Sessie {page + 1}: samen werken</text:h>')
        body.append(f"<text:p>Door {NAMES[page % 5]}, adviseur bij de gemeente Lindenburg</text:p>")
        items = "".join(
            f"<text:list-item><text:p>{_sentence(page + i)}</text:p></text:list-item>"
            for i in range(3)
        )
        body.append(f'<text:list text:style-name="L1">{items}</text:list>')
        for paragraph in range(6):
            text = escape(" ".join(_sentence(page * 6 + paragraph + s) for s in range(5)))
            body.append(
                f'<text:p>{text}<text:span text:style-name="T1"> Belangrijk</text:span>'
                '<text:span text:style-name="T2"> en</text:span><text:a '
                'xlink:href="https://example.org/"> meer lezen</text:a></text:p>'
            )
        if page % 5 == 0:
            name = f"image{page}.png"
            buffer = io.BytesIO()
            PILImage.new("RGB", (400, 300), (page % 255, 85, 127)).save(buffer, "PNG")
            pictures[name] = buffer.getvalue()
            body.append(
                f'<text:p><draw:frame><draw:image xlink:href="Pictures/{name}"/><svg:title>'
                f"Foto van sessie {page + 1}</svg:title></draw:frame></text:p>"
            )
    automatic = (
        '<style:style style:name="T1" style:family="text"><style:text-properties '
        'fo:font-weight="bold"/></style:style><style:style style:name="T2" style:family="text">'
        '<style:text-properties fo:font-style="italic"/></style:style><text:list-style '
        'style:name="L1"><text:list-level-style-bullet text:level="1"/></text:list-style>'
    )
    content = (
        f"<office:document-content {ODF}><office:automatic-styles>{automatic}"
        "</office:automatic-styles><office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<office:document-styles {ODF}><office:styles><style:style style:name="Title" '
        'style:family="paragraph"/></office:styles></office:document-styles>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", styles)
        for name, data in pictures.items():
            archive.writestr(f"Pictures/{name}", data, zipfile.ZIP_STORED)
    return buffer.getvalue()


HOSTILE = {
    "divs_10k": ("divs.html", "'<h1>T</h1>' + '<div>' * 10_000 + 'x' + '</div>' * 10_000"),
    "lists_10k_md": ("lists.md", "'# T\\n\\n' + '- ' * 10_000 + 'x\\n'"),
    "paragraph_1mb_md": (
        "long.md",
        "'# T\\n\\n' + ' '.join(['woord\\\\*\\\\_\\\\[x\\\\]'] * 80_000)",
    ),
}
_CASE = """
import resource, sys, time
from pathlib import Path
from models.importing import ImportFileError, import_file
path = Path(sys.argv[1])
if sys.argv[2] == "huge":
    with path.open("wb") as stream:
        stream.truncate(100 * 1024 * 1024)
else:
    path.write_text(eval(sys.argv[2]))
start = time.perf_counter()
try:
    import_file(path)
    outcome = "imported"
except ImportFileError:
    outcome = "refused"
seconds = time.perf_counter() - start
print(outcome, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def hostile(folder: Path) -> dict[str, tuple[str, float, float]]:
    """Each hostile case in a fresh interpreter: (outcome, seconds, max RSS in MB)."""
    results = {}
    cases = {**HOSTILE, "source_100mb": ("huge.txt", "huge")}
    for name, (file_name, expression) in cases.items():
        done = subprocess.run(
            [sys.executable, "-c", _CASE, str(folder / file_name), expression],
            capture_output=True,
            text=True,
            check=True,
        )
        outcome, seconds, rss = done.stdout.split()
        results[name] = (outcome, float(seconds), float(rss))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="10 pages, once; no hostile cases")
    args = parser.parse_args()
    pages, runs = (10, 1) if args.smoke else (100, 5)
    figures: dict[str, float | str] = {}
    print(f"{'case':>18}  {'outcome':>9}  {'seconds':>8}  {'max RSS MB':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for suffix, make in ((".docx", make_docx), (".odt", make_odt)):
            source = Path(folder) / f"long{suffix}"
            source.write_bytes(make(pages))
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                imported = import_file(source)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            publication = imported.project.publication
            sections = sum(1 for _, b in publication.iter_blocks() if b.kind == "section")
            case = f"{suffix[1:]}_{pages}_pages"
            print(f"{case:>18}  {'imported':>9}  {median:8.3f}  {'':>10}")
            print(
                f"    ({source.stat().st_size // 1024} KB, {sections} sections, "
                f"{len(imported.project.assets)} images)"
            )
            figures[f"{case}_s"] = round(median, 3)
        if not args.smoke:
            for name, (outcome, seconds, rss) in hostile(Path(folder)).items():
                print(f"{name:>18}  {outcome:>9}  {seconds:8.3f}  {rss:10.0f}")
                figures[f"{name}_s"] = round(seconds, 3)
                figures[f"{name}_rss_mb"] = round(rss)
                figures[f"{name}_outcome"] = outcome
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
