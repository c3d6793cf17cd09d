import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TABLE_ROLES,
  type ColumnMapping,
  type ColumnRole,
} from '../../domain/import/graphFiles/csvTables.ts';
import type { ImportTable } from './useGraphImport.ts';

interface ColumnMappingFieldsProps {
  table: ImportTable;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** The column-mapping step for one table: which header plays each role, proposed and changeable. */
export function ColumnMappingFields({ table, mapping, onChange }: ColumnMappingFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (role: ColumnRole, header: string) => {
    const others = Object.entries(mapping).filter(([key]) => key !== role);
    onChange(Object.fromEntries(header === '' ? others : [...others, [role, header]]));
  };
  return (
    <fieldset className="import-mapping">
      <legend>
        {t('import.mapping', { name: table.name })} ({t(`import.table.${table.kind}`)})
      </legend>
      {TABLE_ROLES[table.kind].map((role) => (
        <div key={role} className="import-field">
          <label htmlFor={`${id}-${role}`}>{t(`import.role.${role}`)}</label>
          <select
            id={`${id}-${role}`}
            value={mapping[role] ?? ''}
            onChange={(event) => set(role, event.target.value)}
          >
            <option value="">{t('import.noColumn')}</option>
            {table.headers.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </select>
        </div>
      ))}
      <p className="import-hint">{t('import.otherColumns')}</p>
    </fieldset>
  );
}
