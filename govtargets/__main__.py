"""`python3 -m govtargets` is the `govtargets` command."""

from govtargets.cli import main

main()
