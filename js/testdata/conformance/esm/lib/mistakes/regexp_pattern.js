const r = /a**/;
