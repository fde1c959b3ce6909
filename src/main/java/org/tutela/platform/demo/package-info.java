/**
 * Demo data each module offers for the first start of an empty embedded database.
 */
@org.springframework.modulith.NamedInterface("demo")
package org.tutela.platform.demo;
