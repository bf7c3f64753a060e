"""The live preview: the PDF and the HTML export of the open document, beside the form.

This package's ``__init__`` imports nothing, because the render process imports
:mod:`editor.preview.render_worker` and must not load Qt.
"""
