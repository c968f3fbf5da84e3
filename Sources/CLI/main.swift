print("quicken: under construction")
