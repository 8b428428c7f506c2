"""Build the fifty-ninth held-out claim corpus, six pages of ImageMagick 6's documentation (HTML): architecture,
command-line processing, enciphering images, color management, high dynamic range and the security policy:
`python evals/imagemagick_pages.py DIR` (apt-get install imagemagick-6-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("imagemagick-pages")
