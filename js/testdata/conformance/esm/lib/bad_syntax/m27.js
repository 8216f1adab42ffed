a => { 'use strict'; 08; };
