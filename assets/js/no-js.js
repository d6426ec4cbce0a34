// Tells the CSS that JavaScript runs (html.no-js → html), before the page is drawn. Loaded as a
// file in <head>, not written inline, so the Content-Security-Policy needs no 'unsafe-inline'.
document.documentElement.classList.remove("no-js");
