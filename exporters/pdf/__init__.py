"""The PDF renderer: the IR laid out with ReportLab platypus, fonts embedded, one pass.

The front, what decides how a publication looks on paper:

- :mod:`~exporters.pdf.document`: the story built from the IR, one flowable per block, and
  :func:`render_pdf`;
- :mod:`~exporters.pdf.paragraph`, :mod:`~exporters.pdf.flowables`,
  :mod:`~exporters.pdf.media`: paragraphs, panels and portraits, what keeps a heading with
  its first lines, pictures, video cards and the title block;
- :mod:`~exporters.pdf.lists` and :mod:`~exporters.pdf.figures`: lists with hanging
  labels, and figures placed in the text (alone, side by side or in a grid);
- :mod:`~exporters.pdf.page_template`: the page, running header and footer, anchors;
- :mod:`~exporters.pdf.styles`: fonts and paragraph styles from the theme.

The machinery underneath: :mod:`~exporters.pdf.long_words` (cutting words wider than a
line), :mod:`~exporters.pdf.shaping` (fallback faces shaped by HarfBuzz),
:mod:`~exporters.pdf.bidi` and :mod:`~exporters.pdf.display` (right-to-left text in display
order) and :mod:`~exporters.pdf.tagging` (the structure tree of a PDF/UA file); for speed,
:mod:`~exporters.pdf.line_cache` and :mod:`~exporters.pdf.compression` (lines and page
streams kept across renders) and :mod:`~exporters.pdf.collector` (no cyclic garbage
collection while a PDF is laid out).
"""

from exporters.pdf.document import (
    PdfLayoutError,
    RenderedPdf,
    render_pdf,
    render_pdf_with_destinations,
)

__all__ = ["PdfLayoutError", "RenderedPdf", "render_pdf", "render_pdf_with_destinations"]
