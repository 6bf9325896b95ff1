"""`python3 -m govtargets.cli` is the `govtargets` command (bench/bench_extract.py runs it so)."""

from govtargets.cli import main

main()
