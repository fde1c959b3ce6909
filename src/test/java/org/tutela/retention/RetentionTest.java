package org.tutela.retention;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.requests.RequestFixtures;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;

/**
 * What the retention tests of every pack share: the fixtures that date records back, the
 * clock they move, and a mail server for what the application sends meanwhile. Each test
 * class names its pack with {@code @SpringBootTest(properties = "tutela.policy.pack=…")}.
 */
@Import({ TrainingFixtures.class, RetentionFixtures.class, RequestFixtures.class, MovableClock.Configuration.class })
@DirtiesContext
abstract class RetentionTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	RetentionFixtures fixtures;

	@Autowired
	RequestFixtures requests;

}
