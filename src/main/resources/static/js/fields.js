// Before a form leaves the page: a field holding a character that cannot be stored (a control
// character, usually carried over by pasting from another program) is marked beside the field,
// in the reader's language, and the form stays on the page with everything typed. The server
// refuses such a form too; this only spares the reader its error page.
document.addEventListener('submit', (event) => {
	const message = document.querySelector('meta[name="tutela-unstorable-characters"]')?.content;
	const unstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
	const refused = [...event.target.elements].filter((field) =>
		(field.tagName === 'TEXTAREA' || (field.tagName === 'INPUT' && !['file', 'hidden'].includes(field.type)))
		&& unstorable.test(field.value));
	if (!message || refused.length === 0) {
		return;
	}
	event.preventDefault();
	event.stopImmediatePropagation();
	refused.forEach((field) => {
		const id = field.id || field.name;
		let error = document.getElementById(id + '-error');
		if (!error) {
			error = document.createElement('div');
			error.id = id + '-error';
			error.className = 'invalid-feedback d-block';
			field.insertAdjacentElement('afterend', error);
		}
		error.textContent = message;
		field.classList.add('is-invalid');
		field.setAttribute('aria-invalid', 'true');
		field.setAttribute('aria-describedby', error.id);
	});
	refused[0].focus();
}, true);
