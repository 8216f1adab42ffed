x = `unterminated
