package org.tutela.requests;

/**
 * The physician who treats the person and to whom their medical file is sent, as their
 * letter names them (MEN-17, CER-9).
 */
public record AttendingPhysician(String name, String address) {

}
