// The front desk's diary: a booked session dragged onto another time (or another therapist's column) is moved there;
// in the week, onto another day (or therapist) at its time of day. The drop only fills the page's hidden move form
// and sends it, so the server and the API decide as for the session page's Move form (the keyboard's way to the same
// change); a refusal comes back as the day with what to do next.
function enableDragToMove(table, cards, cells, startOf) {
  const form = document.getElementById('diary-move');
  if (!form) {
    return;
  }
  let dragged = null;
  const clear = () => table.querySelectorAll('.drop-over').forEach((cell) => cell.classList.remove('drop-over'));
  table.querySelectorAll(cards).forEach((card) => {
    card.addEventListener('dragstart', (event) => {
      dragged = card;
      card.classList.add('dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', card.dataset.session);
    });
    card.addEventListener('dragend', () => {
      card.classList.remove('dragging');
      dragged = null;
      clear();
    });
  });
  table.querySelectorAll(cells).forEach((cell) => {
    cell.addEventListener('dragover', (event) => {
      if (dragged) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        cell.classList.add('drop-over');
      }
    });
    cell.addEventListener('dragleave', () => cell.classList.remove('drop-over'));
    cell.addEventListener('drop', (event) => {
      event.preventDefault();
      if (!dragged) {
        return;
      }
      form.elements.session.value = dragged.dataset.session;
      form.elements.version.value = dragged.dataset.version;
      form.elements.startsAt.value = startOf(cell, dragged);
      form.elements.therapistId.value = cell.dataset.therapist;
      table.setAttribute('aria-busy', 'true');
      form.submit();
    });
  });
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('table.diary[data-date]').forEach((grid) => enableDragToMove(grid,
    'td.session[draggable="true"]', 'td[data-drop-time]', (cell) => `${grid.dataset.date}T${cell.dataset.dropTime}`));
  document.querySelectorAll('table.diary-week').forEach((week) => enableDragToMove(week,
    'li.session[draggable="true"]', 'td[data-drop-date]', (cell, card) => `${cell.dataset.dropDate}T${card.dataset.start}`));
});
