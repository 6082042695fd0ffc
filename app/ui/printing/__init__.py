"""Signatures and printing in the GUI: the signature pad and dialog, the job editor's
Signatures tab, preview / print / save of the reportlab PDFs, the day-sheets batch dialog.

One renderer: every document is the core's PDF (`app/printing`). "Save as PDF" writes its
bytes; preview and printing rasterise its pages with PDFium (`raster.py`) onto the QPrinter.
"""
