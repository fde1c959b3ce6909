// Signing with a finger, a pen or a mouse on the attendance page: each canvas.signature draws
// what the pointer traces, and its form sends the drawing as a PNG data URL.
document.addEventListener('DOMContentLoaded', () => {
	document.querySelectorAll('canvas.signature').forEach((canvas) => {
		const context = canvas.getContext('2d');
		context.lineWidth = 2;
		context.lineCap = 'round';
		let drawing = false;
		let drawn = false;
		const point = (event) => {
			const box = canvas.getBoundingClientRect();
			return [(event.clientX - box.left) * canvas.width / box.width, (event.clientY - box.top) * canvas.height / box.height];
		};
		canvas.addEventListener('pointerdown', (event) => {
			drawing = true;
			canvas.setPointerCapture(event.pointerId);
			context.beginPath();
			context.moveTo(...point(event));
		});
		canvas.addEventListener('pointermove', (event) => {
			if (drawing) {
				context.lineTo(...point(event));
				context.stroke();
				drawn = true;
			}
		});
		canvas.addEventListener('pointerup', () => { drawing = false; });
		const form = canvas.closest('form');
		form.querySelector('button.clear')?.addEventListener('click', () => {
			context.clearRect(0, 0, canvas.width, canvas.height);
			drawn = false;
		});
		form.addEventListener('submit', () => {
			if (drawn) {
				form.querySelector('input[name=signature]').value = canvas.toDataURL('image/png');
				form.querySelector('input[name=present]').checked = true;
			}
		});
	});
});
