/**
 * Personal data: the catalogue every module answers to. Each module declares its tables
 * column by column and, where it keeps data about persons, offers one provider in its
 * {@code privacy} package: export, erasure, restriction, merging and the kinds of record
 * retention rules reach. Data-subject requests, retention sweeps, notices and the privacy
 * view go through here only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal data", allowedDependencies = {})
package org.tutela.personaldata;
