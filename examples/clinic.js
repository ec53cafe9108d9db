// The clinic shows its own booking button when the checker advises a visit.
// The event carries only the level; the person's answers never leave the widget.
const booking = document.getElementById('clinic-booking');
document.addEventListener('knee-triage-result', (event) => {
  booking.hidden = !['routine', 'urgent'].includes(event.detail.level);
});
