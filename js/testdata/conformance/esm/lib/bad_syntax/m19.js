const c = ;
