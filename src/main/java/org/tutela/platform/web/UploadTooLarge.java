package org.tutela.platform.web;

/**
 * A form whose file, or whole body, is larger than the server takes: refused before it is
 * read, with the largest size named, so that sending it again is not the advice.
 */
class UploadTooLarge extends UnreadableForm {

	UploadTooLarge(long largestMegabytes) {
		super("upload-too-large", largestMegabytes);
	}

}
