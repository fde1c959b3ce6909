package org.tutela.catalog;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tutela.platform.demo.DemoData;

/**
 * A catalogue as a Belgian training provider might offer it, in its three languages, with
 * its recognised vocational courses exempt from VAT and the others at the standard rate,
 * a training centre, sessions in the coming weeks that need six participants to go ahead,
 * and one held last month.
 */
@Component
class CatalogDemoData implements DemoData {

	private static final List<NewCourse> COURSES = List.of(
			new NewCourse("VCA-BASIS", "Basisveiligheid VCA", "nl", true, 8, 19_500L,
					"Stichting Samenwerken Voor Veiligheid", "VCA-2026-117", 120, 100, 7,
					Map.of("nl", new CourseText("Basisveiligheid VCA", "Veilig werken op de werkvloer, met examen."),
							"fr", new CourseText("Sécurité de base VCA", "Travailler en sécurité, avec examen."), "en",
							new CourseText("Basic safety VCA", "Working safely on site, with an exam.")),
					VatTreatment.EXEMPT),
			new NewCourse("EHBO-WERK", "Eerste hulp op de werkvloer", "nl", false, 16, 32_000L, null, null, 12, 80, 14,
					Map.of("nl", new CourseText("Eerste hulp op de werkvloer", "Basisvaardigheden eerste hulp."), "fr",
							new CourseText("Premiers secours au travail", "Les gestes de premiers secours.")),
					VatTreatment.STANDARD),
			new NewCourse("MILCO-BASIS", "Milieucoördinator basis", "nl", true, 40, 145_000L, "Departement Omgeving",
					"MC-B-0042", null, 80, 14,
					Map.of("nl", new CourseText("Milieucoördinator basis", "Opleiding tot milieucoördinator type B."),
							"fr",
							new CourseText("Coordinateur environnemental de base",
									"Formation de coordinateur environnemental de type B.")),
					VatTreatment.EXEMPT),
			new NewCourse("SECOURS-ENT", "Secouriste d'entreprise", "fr", true, 15, 29_000L, "SPF Emploi", "SE-2026-09",
					12, 100, 7, Map.of(), VatTreatment.EXEMPT),
			new NewCourse("PREV-NIV3", "Conseiller en prévention niveau III", "fr", false, 60, 175_000L, null, null,
					null, 80, 30, Map.of(), VatTreatment.EXEMPT),
			new NewCourse("FIRE-WARDEN", "Fire warden in the workplace", "en", false, 4, 9_500L, null, null, 24, 100, 3,
					Map.of(), VatTreatment.STANDARD));

	private final CourseCatalog catalog;

	private final Rooms rooms;

	private final Sessions sessions;

	private final Clock clock;

	CatalogDemoData(CourseCatalog catalog, Rooms rooms, Sessions sessions, Clock clock) {
		this.catalog = catalog;
		this.rooms = rooms;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public void load() {
		Room centre = this.rooms.addRoomUnchecked(new NewRoom("Zaal Schelde", "Havenlaan 86C, 1000 Brussel", 16));
		LocalDate monday = LocalDate.now(this.clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		for (int i = 0; i < COURSES.size(); i++) {
			NewCourse offered = COURSES.get(i);
			Course course = this.catalog.store(offered);
			int days = Math.max(1, (int) Math.ceil(offered.durationHours() / 8.0));
			LocalDate first = monday.plusWeeks(i);
			this.sessions.store(new NewSession(course.id().value(), first, first.plusDays(Math.min(days, 5) - 1),
					LocalTime.of(9, 0), LocalTime.of(16, 30), centre.id(), false, 12, offered.language(), List.of(),
					6));
			if (i == 0) {
				// A session held last month, so that attendance and certificates have
				// something to show.
				LocalDate held = monday.minusWeeks(5);
				this.sessions.store(new NewSession(course.id().value(), held, held, LocalTime.of(9, 0),
						LocalTime.of(16, 30), centre.id(), false, 12, offered.language(), List.of()));
			}
		}
	}

}
