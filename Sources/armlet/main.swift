print("armlet")
