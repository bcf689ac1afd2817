// The front desk's diary: a booked session dragged onto another time (or another therapist's column) is moved there.
// The drop only fills the page's hidden move form and sends it, so the server and the API decide as for the session
// page's Move form (the keyboard's way to the same change); a refusal comes back as the day with what to do next.
function enableDragToMove(grid) {
  const form = document.getElementById('diary-move');
  if (!form) {
    return;
  }
  let dragged = null;
  const clear = () => grid.querySelectorAll('.drop-over').forEach((cell) => cell.classList.remove('drop-over'));
  grid.querySelectorAll('td.session[draggable="true"]').forEach((card) => {
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
  grid.querySelectorAll('td[data-drop-time]').forEach((cell) => {
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
      form.elements.startsAt.value = `${grid.dataset.date}T${cell.dataset.dropTime}`;
      form.elements.therapistId.value = cell.dataset.therapist;
      grid.setAttribute('aria-busy', 'true');
      form.submit();
    });
  });
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('table.diary[data-date]').forEach(enableDragToMove);
});
