// A moved page (src/pages/[...moved].astro): on to its new address at once, keeping the reader's #fragment.
const to = document.documentElement.dataset.movedTo;
if (to) location.replace(to.includes('#') || !location.hash ? to : to + location.hash);
