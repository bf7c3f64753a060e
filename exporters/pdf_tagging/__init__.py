"""The machinery behind :mod:`exporters.pdf_tags`: the recorded tree, the marking canvas,
the flowables that mark their content, and the writer of the structure tree.
"""
