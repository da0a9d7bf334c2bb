// Review years (đợt kiểm điểm): the list, the year on screen and its section, the criteria templates
// read so far, the eligibility view, and the unsaved edits of the settings form and the criteria
// editor — kept here so that switching section, form or year loses nothing typed. Every change goes
// through the core and the screen then shows what the core stored. Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { MethodInput } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/result';
import { CRITERIA_FORMS, type CriteriaDocument, type EligibilityView, type ReviewYear, type StoredCriteriaTemplate } from '../../shared/review/index';
import type { ReviewFormCode } from '../../shared/rules/index';
import type { SettingsFormValues } from '../features/review-year/settings-form-model';
import type { CriteriaDraft } from '../features/review-year/criteria-draft-model';
import type { NoticeStore } from './notice-store';

export type ReviewSection = 'settings' | 'criteria' | 'eligibility';

/** What a just-created year got, for the "what was copied" summary. */
export interface CreatedInfo {
  year: ReviewYear;
  /** The year copied from, as it was at the time; null when created from the defaults. */
  source: ReviewYear | null;
  templates: StoredCriteriaTemplate[];
}

export interface ReviewState {
  years: ReviewYear[];
  loaded: boolean;
  selectedYear: number | null;
  section: ReviewSection;
  form: ReviewFormCode;
  /** Templates read from the core, by `templateKey`. */
  templates: Record<string, StoredCriteriaTemplate>;
  eligibility: EligibilityView | null;
  eligibilityLoading: boolean;
  created: CreatedInfo | null;
  settingsDrafts: Record<number, SettingsFormValues>;
  criteriaDrafts: Record<string, CriteriaDraft>;

  load(): Promise<void>;
  select(year: number): void;
  setSection(section: ReviewSection): void;
  setForm(form: ReviewFormCode): void;
  create(input: MethodInput<'year.create'>): Promise<Result<ReviewYear>>;
  dismissCreated(): void;
  updateSettings(year: number, settings: MethodInput<'year.update'>['settings']): Promise<Result<ReviewYear>>;
  loadTemplate(year: number, form: ReviewFormCode): Promise<void>;
  saveTemplate(year: number, form: ReviewFormCode, template: MethodInput<'criteria.save'>['template']): Promise<Result<StoredCriteriaTemplate>>;
  exportTemplate(year: number, form: ReviewFormCode): Promise<Result<CriteriaDocument>>;
  importTemplate(year: number, form: ReviewFormCode, document: unknown): Promise<Result<StoredCriteriaTemplate>>;
  loadEligibility(year: number): Promise<void>;
  setSettingsDraft(year: number, values: SettingsFormValues | null): void;
  setCriteriaDraft(year: number, form: ReviewFormCode, draft: CriteriaDraft | null): void;
}

export type ReviewStore = StoreApi<ReviewState>;

export const templateKey = (year: number, form: ReviewFormCode) => `${year}:${form}`;

function without<K extends string | number, V>(record: Record<K, V>, key: K): Record<K, V> {
  const next = { ...record };
  delete next[key];
  return next;
}

export function createReviewStore(client: ApiClient, notices: NoticeStore): ReviewStore {
  let eligibilityRequest = 0;
  return createStore<ReviewState>()((set, get) => {
    function keepTemplate(t: StoredCriteriaTemplate) {
      set({ templates: { ...get().templates, [templateKey(t.reviewYear, t.form)]: t } });
    }
    function keepYear(y: ReviewYear) {
      const others = get().years.filter((x) => x.year !== y.year);
      set({ years: [...others, y].sort((a, b) => b.year - a.year) });
    }
    return {
      years: [],
      loaded: false,
      selectedYear: null,
      section: 'settings',
      form: '02C',
      templates: {},
      eligibility: null,
      eligibilityLoading: false,
      created: null,
      settingsDrafts: {},
      criteriaDrafts: {},

      async load() {
        const result = await client.call('year.list');
        if (!result.ok) {
          notices.getState().push('error', result.error.message);
          set({ loaded: true });
          return;
        }
        const years = result.value;
        const selected = get().selectedYear;
        // The year shown stays when it still exists; otherwise the latest one.
        const keep = years.some((y) => y.year === selected) ? selected : (years[0]?.year ?? null);
        set({ years, loaded: true, selectedYear: keep });
      },

      select(year) {
        if (year !== get().selectedYear) set({ selectedYear: year, created: get().created?.year.year === year ? get().created : null });
      },
      setSection: (section) => set({ section }),
      setForm: (form) => set({ form }),

      async create(input) {
        const source = input.copyFrom === undefined ? null : (get().years.find((y) => y.year === input.copyFrom) ?? null);
        const result = await client.call('year.create', input);
        if (!result.ok) return result;
        keepYear(result.value);
        const templates: StoredCriteriaTemplate[] = [];
        for (const form of CRITERIA_FORMS) {
          const t = await client.call('criteria.get', { year: result.value.year, form });
          if (t.ok) {
            templates.push(t.value);
            keepTemplate(t.value);
          }
        }
        set({ selectedYear: result.value.year, section: 'settings', created: { year: result.value, source, templates } });
        return result;
      },

      dismissCreated: () => set({ created: null }),

      async updateSettings(year, settings) {
        const result = await client.call('year.update', { year, settings });
        if (result.ok) {
          keepYear(result.value);
          set({ settingsDrafts: without(get().settingsDrafts, year) });
          // The review date or rule set may have changed who is reviewed: read the view again when shown.
          if (get().eligibility?.reviewYear === year) set({ eligibility: null });
        }
        return result;
      },

      async loadTemplate(year, form) {
        const result = await client.call('criteria.get', { year, form });
        if (result.ok) keepTemplate(result.value);
        else notices.getState().push('error', result.error.message);
      },

      async saveTemplate(year, form, template) {
        const result = await client.call('criteria.save', { year, form, template });
        if (result.ok) {
          keepTemplate(result.value);
          set({ criteriaDrafts: without(get().criteriaDrafts, templateKey(year, form)) });
        }
        return result;
      },

      exportTemplate: (year, form) => client.call('criteria.export', { year, form }),

      async importTemplate(year, form, document) {
        const result = await client.call('criteria.import', { year, form, document });
        if (result.ok) {
          keepTemplate(result.value);
          set({ criteriaDrafts: without(get().criteriaDrafts, templateKey(year, form)) });
        }
        return result;
      },

      async loadEligibility(year) {
        const request = ++eligibilityRequest;
        set({ eligibilityLoading: true });
        const result = await client.call('eligibility.get', { year });
        // Only the latest request counts: a slow answer for another year must not replace it.
        if (request !== eligibilityRequest) return;
        if (result.ok) set({ eligibility: result.value, eligibilityLoading: false });
        else {
          set({ eligibilityLoading: false });
          notices.getState().push('error', result.error.message);
        }
      },

      setSettingsDraft(year, values) {
        set({ settingsDrafts: values ? { ...get().settingsDrafts, [year]: values } : without(get().settingsDrafts, year) });
      },
      setCriteriaDraft(year, form, draft) {
        const key = templateKey(year, form);
        set({ criteriaDrafts: draft ? { ...get().criteriaDrafts, [key]: draft } : without(get().criteriaDrafts, key) });
      },
    };
  });
}
