from conflictscope.cli import main

main()
