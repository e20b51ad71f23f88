//! proptest strategies for a whole [`Case`]: every field, every enum variant, any
//! text. Shared by `tests/model_roundtrip.rs` and `tests/validate_properties.rs`.

#![allow(dead_code)]

use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use rust_decimal::Decimal;
use tiaojie::model::*;

/// Any text, including CJK, quotes and escapes (no control characters).
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "\\PC{0,12}",
        "[张李王陈赵 ]{1,4}",
        "[0-9Xx]{15,18}"
    ]
}

pub fn date() -> impl Strategy<Value = Date> {
    (1900i32..2100, 1u16..=365).prop_map(|(y, d)| Date::from_ordinal_date(y, d).unwrap())
}

pub fn opt_date() -> impl Strategy<Value = Option<Date>> {
    option::of(date())
}

pub fn money() -> impl Strategy<Value = Money> {
    (any::<i64>(), 0u32..=4).prop_map(|(m, s)| Money(Decimal::new(m, s)))
}

fn ids() -> impl Strategy<Value = Vec<String>> {
    vec(
        prop_oneof![Just("p1".to_string()), Just("p2".to_string()), text()],
        0..3,
    )
}

pub fn person() -> impl Strategy<Value = Person> {
    (
        text(),
        option::of(prop_oneof![Just(Sex::Male), Just(Sex::Female)]),
        text(),
        opt_date(),
        option::of(0u32..200),
        text(),
        text(),
        text(),
        text(),
    )
        .prop_map(
            |(name, sex, ethnicity, birth_date, age, id_number, occupation, phone, address)| {
                Person {
                    name,
                    sex,
                    ethnicity,
                    birth_date,
                    age,
                    id_number,
                    occupation,
                    phone,
                    address,
                }
            },
        )
}

pub fn organisation() -> impl Strategy<Value = Organisation> {
    (
        text(),
        text(),
        text(),
        prop_oneof![
            Just(RepresentativeKind::LegalRepresentative),
            Just(RepresentativeKind::Principal)
        ],
        text(),
        text(),
        text(),
    )
        .prop_map(
            |(
                name,
                credit_code,
                address,
                representative_kind,
                representative,
                representative_title,
                phone,
            )| Organisation {
                name,
                credit_code,
                address,
                representative_kind,
                representative,
                representative_title,
                phone,
            },
        )
}

pub fn agent() -> impl Strategy<Value = Agent> {
    let category = prop_oneof![
        Just(AgentCategory::Lawyer),
        Just(AgentCategory::LegalServiceWorker),
        Just(AgentCategory::NearRelative),
        Just(AgentCategory::Employee),
        Just(AgentCategory::Recommended),
    ];
    let authority = prop_oneof![
        Just(Authority::General),
        text().prop_map(Authority::Special)
    ];
    (text(), category, text(), text(), text(), authority, text()).prop_map(
        |(name, category, affiliation, id_number, phone, authority, licence)| Agent {
            name,
            category,
            affiliation,
            id_number,
            phone,
            authority,
            licence,
        },
    )
}

pub fn party() -> impl Strategy<Value = Party> {
    let kind = prop_oneof![
        person().prop_map(PartyKind::Person),
        organisation().prop_map(PartyKind::Organisation)
    ];
    (
        prop_oneof![Just("p1".to_string()), Just("p2".to_string()), text()],
        prop_oneof![Just(Side::Applicant), Just(Side::Respondent)],
        kind,
        vec(agent(), 0..2),
        text(),
    )
        .prop_map(|(id, side, kind, agents, role_label)| Party {
            id,
            side,
            kind,
            agents,
            role_label,
        })
}

pub fn committee() -> impl Strategy<Value = Committee> {
    let kind = prop_oneof![
        Just(CommitteeKind::Village),
        Just(CommitteeKind::Residents),
        Just(CommitteeKind::Township),
        Just(CommitteeKind::Subdistrict),
        Just(CommitteeKind::Enterprise),
        Just(CommitteeKind::SocialOrganisation),
        text().prop_map(CommitteeKind::Professional),
    ];
    let staff = || {
        vec(
            (text(), text()).prop_map(|(name, phone)| Staff { name, phone }),
            0..2,
        )
    };
    (
        text(),
        text(),
        kind,
        text(),
        text(),
        text(),
        staff(),
        staff(),
    )
        .prop_map(
            |(name, short_name, kind, address, phone, seal_text, mediators, recorders)| Committee {
                name,
                short_name,
                kind,
                address,
                phone,
                seal_text,
                mediators,
                recorders,
            },
        )
}

pub fn dispute() -> impl Strategy<Value = Dispute> {
    let source = prop_oneof![
        Just(CaseSource::Application),
        Just(CaseSource::OwnInitiative),
        Just(CaseSource::CourtReferral),
        Just(CaseSource::ProcuratorateReferral),
        Just(CaseSource::PoliceReferral),
        Just(CaseSource::PetitionReferral),
        text().prop_map(CaseSource::OtherReferral),
    ];
    let kind = prop_oneof![
        text(),
        Just("婚姻家庭纠纷".to_string()),
        Just("离婚纠纷".to_string()),
        Just("土地承包经营纠纷".to_string())
    ];
    let claims = vec(
        (text(), text()).prop_map(|(party, text)| Claim { party, text }),
        0..2,
    );
    (
        kind,
        text(),
        text(),
        source,
        text(),
        claims,
        text(),
        option::of(money()),
    )
        .prop_map(
            |(kind, local_code, title, source, facts, claims, risk_level, amount_involved)| {
                Dispute {
                    kind,
                    local_code,
                    title,
                    source,
                    facts,
                    claims,
                    risk_level,
                    amount_involved,
                }
            },
        )
}

pub fn clause() -> impl Strategy<Value = Clause> {
    let obligation = (
        ids(),
        ids(),
        option::of(money()),
        opt_date(),
        text(),
        text(),
    )
        .prop_map(
            |(payers, payees, amount, due, method, purpose)| Obligation {
                payers,
                payees,
                amount,
                due,
                method,
                purpose,
            },
        );
    let flag = prop_oneof![
        Just(SubjectFlag::StatusRelationship),
        Just(SubjectFlag::PropertyOwnership),
        Just(SubjectFlag::IpOwnership),
        Just(SubjectFlag::OtherProcedure),
    ];
    let words = prop_oneof![
        text(),
        Just("乙方于2026年3月5日前支付人民币壹万元整（¥10,000.00）".to_string()),
        Just("争议房屋归甲方所有".to_string())
    ];
    (words, option::of(obligation), vec(flag, 0..3)).prop_map(|(text, obligation, flags)| Clause {
        text,
        obligation,
        flags,
    })
}

pub fn agreement() -> impl Strategy<Value = Agreement> {
    let signatures = (
        btree_map(prop_oneof![Just("p1".to_string()), text()], date(), 0..3),
        opt_date(),
        opt_date(),
    )
        .prop_map(|(parties, mediator, seal)| Signatures {
            parties,
            mediator,
            seal,
        });
    let head = (
        prop_oneof![Just(AgreementForm::Written), Just(AgreementForm::Oral)],
        option::of(any::<u32>()),
        text(),
        text(),
        text(),
    );
    let tail = (
        vec(clause(), 0..4),
        text(),
        option::of(0u32..10),
        opt_date(),
        signatures,
        vec(text(), 0..3),
        text(),
    );
    (head, tail).prop_map(
        |(
            (form, serial, number, facts, responsibility),
            (clauses, performance, copies, formed_on, signatures, mediators, recorder),
        )| Agreement {
            form,
            serial,
            number,
            facts,
            responsibility,
            clauses,
            performance,
            copies,
            formed_on,
            signatures,
            mediators,
            recorder,
        },
    )
}

pub fn confirmation() -> impl Strategy<Value = JudicialConfirmation> {
    let att =
        (text(), option::of(any::<u32>()), any::<bool>()).prop_map(|(name, copies, present)| {
            Attachment {
                name,
                copies,
                present,
            }
        });
    (text(), text(), opt_date(), vec(att, 0..3)).prop_map(
        |(court, court_basis, applied_on, attachments)| JudicialConfirmation {
            court,
            court_basis,
            applied_on,
            attachments,
        },
    )
}

pub fn records() -> impl Strategy<
    Value = (
        Intake,
        Vec<Investigation>,
        Vec<MediationSession>,
        Vec<Visit>,
        Archive,
    ),
> {
    let intake = (opt_date(), opt_date(), text(), opt_date()).prop_map(
        |(applied_on, accepted_on, registered_by, rights_notified_on)| Intake {
            applied_on,
            accepted_on,
            registered_by,
            rights_notified_on,
        },
    );
    let investigation = (
        opt_date(),
        text(),
        text(),
        vec(text(), 0..2),
        text(),
        text(),
        text(),
    )
        .prop_map(
            |(date, time, place, investigators, interviewee, recorder, content)| Investigation {
                date,
                time,
                place,
                investigators,
                interviewee,
                recorder,
                content,
            },
        );
    let session = (
        (opt_date(), text(), text(), text(), vec(text(), 0..2)),
        (ids(), vec(text(), 0..2), text(), text(), text()),
    )
        .prop_map(
            |(
                (date, time, place, subject, participants),
                (parties_present, mediators, recorder, content, result),
            )| MediationSession {
                date,
                time,
                place,
                subject,
                participants,
                parties_present,
                mediators,
                recorder,
                content,
                result,
            },
        );
    let performance = prop_oneof![
        Just(Performance::Unknown),
        Just(Performance::Performed),
        Just(Performance::Partly),
        Just(Performance::NotPerformed)
    ];
    let visit = (opt_date(), ids(), text(), performance, text()).prop_map(
        |(date, parties, visitor, performance, content)| Visit {
            date,
            parties,
            visitor,
            performance,
            content,
        },
    );
    let outcome = prop_oneof![
        Just(Outcome::Open),
        Just(Outcome::Success),
        Just(Outcome::Failure)
    ];
    let material = (
        proptest::sample::select(MaterialKind::ALL.to_vec()),
        text(),
        opt_date(),
        option::of(any::<u32>()),
        text(),
    )
        .prop_map(|(kind, title, date, pages, notes)| Material {
            kind,
            title,
            date,
            pages,
            notes,
        });
    let archive = (
        (option::of(any::<u32>()), text(), text(), opt_date(), text()),
        (text(), outcome, opt_date(), text(), opt_date(), opt_date()),
        vec(material, 0..3),
    )
        .prop_map(
            |(
                (serial, number, filed_by, filed_on, checked_by),
                (retention, outcome, closed_on, notes, mediation_from, mediation_to),
                materials,
            )| Archive {
                serial,
                number,
                filed_by,
                filed_on,
                checked_by,
                retention,
                outcome,
                closed_on,
                notes,
                mediation_from,
                mediation_to,
                materials,
            },
        );
    (
        intake,
        vec(investigation, 0..2),
        vec(session, 0..2),
        vec(visit, 0..2),
        archive,
    )
}

pub fn settings() -> impl Strategy<Value = Settings> {
    let roster = prop_oneof![
        Just(Roster::Auto),
        Just(Roster::Inline),
        Just(Roster::Annex)
    ];
    let variants = (
        prop_oneof![
            Just(PerformanceHeading::Standard),
            Just(PerformanceHeading::Detailed)
        ],
        prop_oneof![
            Just(AgreementHeading::Standard),
            Just(AgreementHeading::AllParties)
        ],
        prop_oneof![
            Just(Undertaking::Others),
            Just(Undertaking::StateCollectiveOthers)
        ],
        prop_oneof![Just(DateStyle::Arabic), Just(DateStyle::Chinese)],
        text(),
        text(),
        any::<bool>(),
        vec(text(), 0..3),
        vec(text(), 0..3),
        page_numbering(),
        any::<u32>(),
    );
    let base = (variants, roster, any::<u32>()).prop_map(
        |(
            (
                performance_heading,
                agreement_heading,
                undertaking,
                date_style,
                number_pattern,
                volume_pattern,
                print_id_number,
                retention_scheme,
                risk_levels,
                page_numbers,
                first_page_number,
            ),
            roster,
            roster_threshold,
        )| Settings {
            performance_heading,
            agreement_heading,
            undertaking,
            date_style,
            number_pattern,
            volume_pattern,
            print_id_number,
            retention_scheme,
            risk_levels,
            page_numbers,
            first_page_number,
            page: PageSettings::default(),
            roster,
            roster_threshold,
            ..Settings::default()
        },
    );
    (
        base,
        page_numbering(),
        (any::<bool>(), any::<bool>(), any::<bool>()),
        vec(text(), 0..5),
    )
        .prop_map(
            |(base, dossier_page_numbers, (parties, dispute_kind, outcome), captions)| Settings {
                dossier_page_numbers,
                cover_fields: CoverFields {
                    parties,
                    dispute_kind,
                    outcome,
                },
                carbon_copy_captions: captions,
                ..base
            },
        )
}

fn page_numbering() -> impl Strategy<Value = PageNumbering> {
    prop_oneof![
        Just(PageNumbering::Official),
        Just(PageNumbering::TopRight),
        Just(PageNumbering::OfTotal),
        Just(PageNumbering::None)
    ]
}

/// A holiday schedule as a committee enters it (valid or not: the model holds both).
pub fn holiday_year() -> impl Strategy<Value = tiaojie::model::HolidayYear> {
    (
        1990i32..2100,
        opt_date(),
        text(),
        vec(
            (text(), opt_date(), opt_date(), vec(date(), 0..3)).prop_map(
                |(name, from, to, workdays)| tiaojie::model::HolidayPeriod {
                    name,
                    from,
                    to,
                    workdays,
                },
            ),
            0..3,
        ),
    )
        .prop_map(
            |(year, entered_on, source, holidays)| tiaojie::model::HolidayYear {
                year,
                entered_on,
                source,
                holidays,
            },
        )
}

/// Any case of the current schema version.
pub fn case() -> impl Strategy<Value = Case> {
    (
        committee(),
        vec(party(), 0..4),
        dispute(),
        records(),
        agreement(),
        option::of(confirmation()),
        settings(),
        vec(holiday_year(), 0..2),
    )
        .prop_map(
            |(
                committee,
                parties,
                dispute,
                (intake, investigations, sessions, visits, archive),
                agreement,
                confirmation,
                settings,
                holidays,
            )| Case {
                schema_version: SCHEMA_VERSION,
                committee,
                parties,
                dispute,
                intake,
                investigations,
                sessions,
                agreement,
                confirmation,
                visits,
                archive,
                settings,
                holidays,
            },
        )
}

/// Run a property on a thread with a large stack: generating a whole `Case` nests
/// proptest's value trees deeply enough to overflow the 2 MiB stack of a test thread in
/// debug builds. Fails (with the shrunk input) like `proptest!` does.
pub fn check<S, F>(cases: u32, make: impl FnOnce() -> S + Send + 'static, test: F)
where
    S: Strategy,
    S::Value: std::fmt::Debug,
    F: Fn(S::Value) -> Result<(), proptest::test_runner::TestCaseError> + Send + 'static,
{
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            let config = ProptestConfig {
                cases,
                failure_persistence: None,
                ..ProptestConfig::default()
            };
            let mut runner = proptest::test_runner::TestRunner::new(config);
            if let Err(e) = runner.run(&make(), test) {
                panic!("{e}");
            }
        })
        .expect("spawn the property-test thread");
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}
