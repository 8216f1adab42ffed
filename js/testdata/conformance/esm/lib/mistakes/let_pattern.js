let [a] ;
