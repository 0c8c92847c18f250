from claimdiff.cli.main import main

main()
