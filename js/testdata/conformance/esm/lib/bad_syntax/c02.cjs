var s = "\07";
