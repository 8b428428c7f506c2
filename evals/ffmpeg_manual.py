"""Build the thirty-seventh held-out question corpus, ten pages of FFmpeg's manual (texi2html HTML):
`python evals/ffmpeg_manual.py DIR` (apt-get install ffmpeg-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("ffmpeg-manual")
