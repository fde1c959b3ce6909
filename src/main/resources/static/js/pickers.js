// A picker's choices are replaced as more of the name is typed; a choice made while a slower
// answer was still on its way stays made when that answer arrives, if it offers the same one.
{
	const picker = (event) => event.detail.target.closest('.person-picker, .organisation-picker');
	document.addEventListener('htmx:beforeSwap', (event) => {
		if (!picker(event)) {
			return;
		}
		const chosen = event.detail.target.querySelector('input[type=radio]:checked');
		event.detail.target.dataset.chosen = chosen && chosen.value ? chosen.value : '';
	});
	document.addEventListener('htmx:afterSwap', (event) => {
		const chosen = event.detail.target.dataset.chosen;
		if (!picker(event) || !chosen) {
			return;
		}
		const again = [...event.detail.target.querySelectorAll('input[type=radio]')].find((choice) => choice.value === chosen);
		if (again) {
			again.checked = true;
		}
	});
}
