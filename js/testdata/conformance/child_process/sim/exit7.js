// helper: ends at once with code 7
process.exit(7);
