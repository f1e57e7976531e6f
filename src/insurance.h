/*
 * insurance.h
 *	  Insurance type codes (AAE140) and their categories, shared by the
 *	  insset type and the coverage aggregates.
 */
#ifndef ENROLL_INSURANCE_H
#define ENROLL_INSURANCE_H

#include "postgres.h"

typedef enum InsuranceCategory
{
	INS_PENSION = 0,
	INS_MEDICAL,
	INS_UNEMPLOYMENT,
	INS_WORK_INJURY,
	INS_MATERNITY,
	INS_CATEGORY_COUNT
} InsuranceCategory;

typedef struct InsuranceType
{
	int			code;			/* AAE140 code, e.g. 110 */
	InsuranceCategory category;
	bool		basic;			/* a basic scheme: counts as coverage */
} InsuranceType;

#define INSURANCE_TYPE_COUNT 12

extern const InsuranceType insurance_types[INSURANCE_TYPE_COUNT];

extern const char *insurance_category_name(InsuranceCategory c);
extern int	insurance_category_by_name(const char *name);
extern int	insurance_bit(int code);
extern uint32 insurance_category_mask(InsuranceCategory c);

#endif							/* ENROLL_INSURANCE_H */
