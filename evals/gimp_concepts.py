"""Build the sixtieth held-out claim corpus, the fourteen "concepts" pages of the GIMP user manual (HTML): brushes,
docks, gradients, grids and guides, layer modes, the main windows, palettes, patterns, Script-Fu, setup, shortcuts
and undo: `python evals/gimp_concepts.py DIR` (apt-get install gimp-help-en).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("gimp-concepts")
