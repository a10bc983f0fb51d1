"""`python -m coldsign` runs the same entry point as the `coldsign` console script."""

from coldsign.cli.entry import main

main()
