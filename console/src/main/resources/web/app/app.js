// The console's little JavaScript: htmx makes forms quicker, Alpine toggles small things; every page works without.
import htmx from 'htmx.org';
import Alpine from 'alpinejs';
import './app.css';

window.htmx = htmx;
window.Alpine = Alpine;
Alpine.start();

// Live regions: an element with data-live-src listens to that server-sent event stream and puts each event's HTML
// first inside itself (the inbox); the server renders the HTML, the page only places it.
function listen(element) {
  const source = new EventSource(element.dataset.liveSrc);
  source.addEventListener('message', (event) => {
    const holder = document.createElement('template');
    holder.innerHTML = event.data.trim();
    const empty = element.querySelector('[data-live-empty]');
    if (empty) {
      empty.remove();
    }
    element.prepend(holder.content);
  });
  source.addEventListener('ready', () => element.setAttribute('data-live-ready', 'true'));
  source.onerror = () => element.removeAttribute('data-live-ready');
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-live-src]').forEach(listen);
  // a confirm step written in the markup: <button data-confirm="text">
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});
