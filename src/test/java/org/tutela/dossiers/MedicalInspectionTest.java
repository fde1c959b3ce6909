package org.tutela.dossiers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.testing.Http;

/**
 * The whole application on a random port under the medical-inspection pack, with the
 * fixtures for controls and client companies: one context shared by the tests of
 * absenteeism control, rather than one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=medical-inspection")
@Import({ ControlFixtures.class, FileRequestFixtures.class, TrainingFixtures.class, Http.class })
public @interface MedicalInspectionTest {

}
