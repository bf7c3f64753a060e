"""Importing a Word document, web page, Markdown or text file in the editor.

``File › Import…``, a file dropped on the window, or text pasted into an empty publication
runs the headless import (:mod:`models.importing`) off the GUI thread
(:mod:`editor.importing.job`); the result opens as a new, unsaved publication whose one
undo step is the import (:mod:`editor.importing.controller`), and the report of every
guess the import made is shown so the editor can check them
(:mod:`editor.importing.report_dialog`).
"""
